package net.wastenet.app.webhooks;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.wastenet.shared.CityClock;

/**
 * Sends due deliveries, a few at a time, each in the transaction that claimed it: rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 alike), so several instances share the work without
 * sending a delivery twice at once. A delivery waits while an earlier one for the same subscriber and record
 * is not yet delivered (order per record). A 2xx answer acknowledges; anything else is retried after
 * 1, 2, 4, … seconds, at most {@value #MAX_BACKOFF_SECONDS}. A crash between commit and sending leaves the
 * delivery PENDING in the database, and it is sent when an instance runs again (at least once).
 */
@ApplicationScoped
public class Deliverer {
    private static final Logger LOG = Logger.getLogger(Deliverer.class.getName());
    static final int MAX_BACKOFF_SECONDS = 300;
    private static final int BATCH = 10;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Resource(lookup = "jdbc/wastenet")
    DataSource dataSource;
    @Inject
    CityClock clock;

    private record Due(long id, long subscriber, String eventId, long seq, String recordRef, int attempts) {
    }

    /** One round: claims due deliveries and sends them; answers how many it tried. */
    @Transactional
    public int deliverDue() {
        LocalDateTime now = clock.now();
        try (Connection c = dataSource.getConnection()) {
            List<Due> due = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select id, subscriber_id, event_id, seq, record_ref, attempts "
                    + "from webhooks.delivery where status <> 'DELIVERED' and next_attempt_at <= ? "
                    + "order by seq fetch first " + BATCH + " rows only for update skip locked")) {
                s.setTimestamp(1, Timestamp.valueOf(now));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        due.add(new Due(r.getLong(1), r.getLong(2), r.getString(3), r.getLong(4), r.getString(5), r.getInt(6)));
                    }
                }
            }
            Set<String> held = new HashSet<>();
            for (Due d : due) {
                String key = d.subscriber() + " " + d.recordRef();
                if (held.contains(key) || earlierUndelivered(c, d)) {
                    held.add(key);
                    continue;
                }
                int status = send(c, d);
                boolean ok = status >= 200 && status < 300;
                if (!ok) {
                    held.add(key);
                }
                int attempts = d.attempts() + 1;
                try (PreparedStatement u = c.prepareStatement("update webhooks.delivery set status = ?, attempts = ?, "
                        + "last_attempt_at = ?, last_status = ?, next_attempt_at = ? where id = ?")) {
                    u.setString(1, ok ? "DELIVERED" : "FAILING");
                    u.setInt(2, attempts);
                    u.setTimestamp(3, Timestamp.valueOf(now));
                    u.setInt(4, status);
                    u.setTimestamp(5, Timestamp.valueOf(now.plusSeconds(backoffSeconds(attempts))));
                    u.setLong(6, d.id());
                    u.executeUpdate();
                }
            }
            return due.size();
        } catch (SQLException e) {
            throw new IllegalStateException("webhook deliveries could not be read", e);
        }
    }

    /** 1, 2, 4, … seconds after the n-th failed attempt, at most {@value #MAX_BACKOFF_SECONDS}. */
    static long backoffSeconds(int attempts) {
        return Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(20, Math.max(0, attempts - 1)));
    }

    private static boolean earlierUndelivered(Connection c, Due d) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from webhooks.delivery where subscriber_id = ? and record_ref = ? "
                + "and seq < ? and status <> 'DELIVERED' fetch first 1 rows only")) {
            s.setLong(1, d.subscriber());
            s.setString(2, d.recordRef());
            s.setLong(3, d.seq());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Posts the event; the HTTP status, or 0 when the receiver could not be reached. */
    private static int send(Connection c, Due d) throws SQLException {
        String url;
        String secret;
        String payload;
        try (PreparedStatement s = c.prepareStatement("select s.url, s.secret, o.payload from webhooks.subscriber s, webhooks.outbox o "
                + "where s.id = ? and o.event_id = ?")) {
            s.setLong(1, d.subscriber());
            s.setString(2, d.eventId());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return 0;
                }
                url = r.getString(1);
                secret = r.getString(2);
                payload = r.getString(3);
            }
        }
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .header(Signature.HEADER, Signature.of(secret, body))
                    .header("X-WasteNet-Event-Id", d.eventId())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception e) {
            LOG.log(Level.FINE, "webhook delivery " + d.eventId() + " to " + url + " failed", e);
            return 0;
        }
    }
}
