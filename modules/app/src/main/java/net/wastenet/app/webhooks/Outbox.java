package net.wastenet.app.webhooks;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.wastenet.kitchen.api.ManifestDelivered;
import net.wastenet.points.api.TonnageCorrected;
import net.wastenet.points.api.TonnageLogged;
import net.wastenet.recyclables.api.ReceiptRecorded;
import net.wastenet.shared.CityClock;

/**
 * Writes the events subscribers asked for to the outbox, with a delivery per subscriber, in the writing
 * transaction (synchronous observers on the JTA datasource's connection): an event exists exactly when its
 * record does. With no subscriber for an event type nothing is written (one read of a small table).
 */
@ApplicationScoped
public class Outbox {
    static final Jsonb JSON = JsonbBuilder.create();

    @Resource(lookup = "jdbc/wastenet")
    DataSource dataSource;
    @Inject
    CityClock clock;

    /** One event as it will be sent. */
    record Event(String eventId, EventType type, String recordRef, LocalDateTime occurredAt, Object record) {
        String payload() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("eventId", eventId);
            body.put("event", type.wire());
            body.put("occurredAt", occurredAt.atOffset(ZoneOffset.ofHours(8)).toString());
            body.put("record", record);
            return JSON.toJson(body);
        }
    }

    void weighed(@Observes TonnageLogged logged) {
        write(EventType.TONNAGE_LOG_RECORDED, () -> logged.weighings().stream()
                .map(w -> event(EventType.TONNAGE_LOG_RECORDED, "tonnage-log/" + w.logId(), w)).toList());
    }

    void corrected(@Observes TonnageCorrected c) {
        write(EventType.TONNAGE_LOG_CORRECTED, () -> List.of(event(EventType.TONNAGE_LOG_CORRECTED, "tonnage-log/" + c.logId(), c)));
    }

    void pickedUp(@Observes net.wastenet.kitchen.api.ManifestPickedUp p) {
        write(EventType.MANIFEST_PICKED_UP, () -> List.of(event(EventType.MANIFEST_PICKED_UP, "manifest/" + p.manifestNo(), p)));
    }

    void locked(@Observes net.wastenet.reporting.api.ReturnLocked l) {
        write(EventType.RETURN_LOCKED, () -> List.of(event(EventType.RETURN_LOCKED, "return/" + l.districtCode() + "/" + l.period(), l)));
    }

    void raised(@Observes net.wastenet.reporting.api.WarningRaised w) {
        write(EventType.WARNING_RAISED, () -> List.of(event(EventType.WARNING_RAISED, "warning/" + w.id(), w)));
    }

    void delivered(@Observes ManifestDelivered d) {
        write(EventType.MANIFEST_DELIVERED, () -> List.of(event(EventType.MANIFEST_DELIVERED, "manifest/" + d.manifestNo(), d)));
    }

    void refused(@Observes net.wastenet.kitchen.api.PickupRefused r) {
        write(EventType.REFUSAL_RECORDED, () -> List.of(event(EventType.REFUSAL_RECORDED, "refusal/" + r.refusalId(), r)));
    }

    void noticeClosed(@Observes net.wastenet.kitchen.api.RefusalNoticeClosed c) {
        write(EventType.REFUSAL_NOTICE_CLOSED, () -> List.of(event(EventType.REFUSAL_NOTICE_CLOSED, "refusal/" + c.refusalId(), c)));
    }

    void received(@Observes ReceiptRecorded r) {
        write(EventType.RECEIPT_RECORDED, () -> List.of(event(EventType.RECEIPT_RECORDED, "movement/" + r.movementId(), r)));
    }

    private Event event(EventType type, String recordRef, Object record) {
        return new Event(UUID.randomUUID().toString(), type, recordRef, clock.now(), record);
    }

    /** Writes the events of one type when someone subscribed to it; they are made (ids, payloads) only then. */
    private void write(EventType type, Supplier<List<Event>> events) {
        try (Connection c = dataSource.getConnection()) {
            Map<EventType, List<Long>> subscribers = subscribers(c);
            if (!subscribers.containsKey(type)) {
                return;
            }
            List<Event> wanted = events.get();
            if (wanted.isEmpty()) {
                return;
            }
            try (PreparedStatement out = c.prepareStatement(
                    "insert into webhooks.outbox (event_id, event, record_ref, occurred_at, payload) values (?, ?, ?, ?, ?)")) {
                for (Event e : wanted) {
                    out.setString(1, e.eventId());
                    out.setString(2, e.type().wire());
                    out.setString(3, e.recordRef());
                    out.setTimestamp(4, Timestamp.valueOf(e.occurredAt()));
                    out.setString(5, e.payload());
                    out.addBatch();
                }
                out.executeBatch();
            }
            try (PreparedStatement d = c.prepareStatement(DELIVERY)) {
                for (Event e : wanted) {
                    for (long subscriber : subscribers.get(e.type())) {
                        delivery(d, subscriber, e.eventId(), e.occurredAt());
                        d.addBatch();
                    }
                }
                d.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the webhook outbox could not be written", e);
        }
    }

    static final String DELIVERY = "insert into webhooks.delivery (subscriber_id, event_id, seq, record_ref, status, attempts, next_attempt_at) "
            + "select ?, event_id, seq, record_ref, 'PENDING', 0, ? from webhooks.outbox where event_id = ?";

    static void delivery(PreparedStatement d, long subscriber, String eventId, LocalDateTime due) throws SQLException {
        d.setLong(1, subscriber);
        d.setTimestamp(2, Timestamp.valueOf(due));
        d.setString(3, eventId);
    }

    /** Which subscribers want each event type. */
    static Map<EventType, List<Long>> subscribers(Connection c) throws SQLException {
        Map<EventType, List<Long>> wanted = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("select id, events from webhooks.subscriber");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                for (String name : r.getString(2).split(",")) {
                    EventType type = EventType.of(name.trim());
                    if (type != null) {
                        wanted.computeIfAbsent(type, t -> new ArrayList<>()).add(r.getLong(1));
                    }
                }
            }
        }
        return wanted;
    }
}
