package net.wastenet.app.webhooks;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Subscribers, their delivery log and replays: the administrator's use cases, one transaction each. */
@ApplicationScoped
public class Webhooks {
    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);

    @Resource(lookup = "jdbc/wastenet")
    DataSource dataSource;
    @Inject
    CityClock clock;

    @Schema(description = "A subscriber to register", requiredProperties = {"url", "events", "secret"})
    public record NewSubscriber(
            @Schema(description = "where events are POSTed (http or https)", example = "https://platform.example.org/wastenet/events",
                    maxLength = 2000) String url,
            @Schema(description = "the event types wanted", example = "[\"tonnage-log.recorded\",\"manifest.delivered\"]") List<String> events,
            @Schema(description = "the HMAC-SHA256 key for X-WasteNet-Signature, 16 to 200 characters", example = "b7f0c2e4a91d4c3f8e2a",
                    minLength = 16, maxLength = 200)
            String secret) {
    }

    public record SubscriberView(long id, String url, List<String> events) {
    }

    public record DeliveryView(String eventId, String event, String recordRef, int attempts, String status,
                               OffsetDateTime lastAttemptAt, Integer lastStatus) {
    }

    public record Deliveries(List<DeliveryView> items) {
    }

    public record Replay(@Schema(description = "every event since this time is sent again", example = "2026-10-01T00:00:00+08:00",
                                 format = "date-time")
                         String from) {
    }

    @Transactional
    public SubscriberView subscribe(NewSubscriber s, Actor actor) {
        Problems p = new Problems();
        URI url = null;
        if (s.url() == null || s.url().isBlank()) {
            p.missing("url");
        } else {
            try {
                url = URI.create(s.url());
                p.require(url.isAbsolute() && ("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null
                        && s.url().length() <= 2000, "url", "must be an http or https URL of at most 2000 characters",
                        "必须是不超过 2000 个字符的 http 或 https 地址");
            } catch (IllegalArgumentException e) {
                p.add("url", "is not a URL", "不是有效的网址");
            }
        }
        Set<String> events = new LinkedHashSet<>();
        if (s.events() == null || s.events().isEmpty()) {
            p.missing("events");
        } else {
            for (String e : s.events()) {
                if (EventType.of(e) == null) {
                    p.add("events", Text.of("'" + e + "' is not an event; known: " + EventType.names(),
                            "'" + e + "' 不是可订阅的事件；可选：" + EventType.names()));
                } else {
                    events.add(e);
                }
            }
        }
        if (s.secret() == null) {
            p.missing("secret");
        } else {
            p.require(s.secret().length() >= 16 && s.secret().length() <= 200, "secret", "must be 16 to 200 characters",
                    "长度必须为 16 到 200 个字符");
        }
        p.throwIfAny();
        try (Connection c = dataSource.getConnection();
             PreparedStatement i = c.prepareStatement("insert into webhooks.subscriber (url, events, secret, created_at, created_by) "
                     + "values (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            i.setString(1, url.toString());
            i.setString(2, String.join(",", events));
            i.setString(3, s.secret());
            i.setTimestamp(4, Timestamp.valueOf(clock.now()));
            i.setString(5, actor.name());
            i.executeUpdate();
            try (ResultSet keys = i.getGeneratedKeys()) {
                keys.next();
                return new SubscriberView(keys.getLong(1), url.toString(), List.copyOf(events));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subscriber's deliveries, newest first. */
    @Transactional
    public Deliveries deliveries(long subscriber, PageRequest page) {
        requireSubscriber(subscriber);
        List<DeliveryView> items = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select d.event_id, o.event, d.record_ref, d.attempts, d.status, d.last_attempt_at, "
                     + "d.last_status from webhooks.delivery d join webhooks.outbox o on o.event_id = d.event_id where d.subscriber_id = ? "
                     + "order by d.seq desc offset ? rows fetch next ? rows only")) {
            s.setLong(1, subscriber);
            s.setLong(2, (long) page.page() * page.size());
            s.setInt(3, page.size());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp last = r.getTimestamp(6);
                    int lastStatus = r.getInt(7);
                    items.add(new DeliveryView(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getString(5),
                            last == null ? null : last.toLocalDateTime().atOffset(CITY), r.wasNull() ? null : lastStatus));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Deliveries(items);
    }

    /** Every event the subscriber asked for since {@code from} is sent again (the same eventId); answers how many. */
    @Transactional
    public int replay(long subscriber, Replay replay) {
        requireSubscriber(subscriber);
        Problems p = new Problems();
        OffsetDateTime from = Parse.dateTime(replay == null ? null : replay.from(), "from", true, p);
        p.throwIfAny();
        LocalDateTime since = from.atZoneSameInstant(CITY).toLocalDateTime();
        LocalDateTime now = clock.now();
        try (Connection c = dataSource.getConnection()) {
            int again;
            try (PreparedStatement u = c.prepareStatement("update webhooks.delivery set status = 'PENDING', next_attempt_at = ? "
                    + "where subscriber_id = ? and event_id in (select event_id from webhooks.outbox where occurred_at >= ?)")) {
                u.setTimestamp(1, Timestamp.valueOf(now));
                u.setLong(2, subscriber);
                u.setTimestamp(3, Timestamp.valueOf(since));
                again = u.executeUpdate();
            }
            return again;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes a subscriber and its pending deliveries (the events stay in the outbox for other subscribers). */
    @Transactional
    public void unsubscribe(long subscriber) {
        requireSubscriber(subscriber);
        try (Connection c = dataSource.getConnection();
             PreparedStatement d = c.prepareStatement("delete from webhooks.delivery where subscriber_id = ?");
             PreparedStatement s = c.prepareStatement("delete from webhooks.subscriber where id = ?")) {
            d.setLong(1, subscriber);
            d.executeUpdate();
            s.setLong(1, subscriber);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireSubscriber(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select 1 from webhooks.subscriber where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new UnknownCodeException("id", Text.of("no webhook subscriber has the id " + id,
                            "没有编号为 " + id + " 的订阅者"), String.valueOf(id));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
