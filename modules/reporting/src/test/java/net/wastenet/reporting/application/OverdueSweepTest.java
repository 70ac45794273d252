package net.wastenet.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.wastenet.quality.api.OverdueRectification;
import net.wastenet.reporting.api.WarningRaised;
import net.wastenet.reporting.domain.Warning;
import net.wastenet.reporting.domain.WarningBook;
import net.wastenet.reporting.domain.WarningKind;
import net.wastenet.shared.CityClock;
import org.junit.jupiter.api.Test;

/**
 * The sweep of overdue rectifications (what {@link RectificationWatch} runs): a warning for each rectification overdue
 * today, asked of quality's api for the whole city, and only the warnings raised for the first time are announced (to the
 * webhooks), so that sweeping again raises nothing.
 */
class OverdueSweepTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    final List<Warning> stored = new ArrayList<>();
    final List<WarningRaised> announced = new ArrayList<>();
    final List<String> askedFor = new ArrayList<>();

    @SuppressWarnings("unchecked")
    WarningDesk desk(List<OverdueRectification> overdue) {
        WarningDesk desk = new WarningDesk();
        desk.clock = new CityClock(Clock.fixed(TODAY.atTime(3, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), CityClock.ZONE));
        desk.overdueRectifications = (district, day) -> {
            askedFor.add(district + " " + day);
            return overdue;
        };
        Set<String> refs = new HashSet<>();
        desk.warnings = (WarningBook) Proxy.newProxyInstance(WarningBook.class.getClassLoader(), new Class<?>[] {WarningBook.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("raise")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    List<WarningBook.Raised> fresh = new ArrayList<>();
                    for (Warning w : (List<Warning>) args[0]) {
                        if (refs.add(w.kind() + " " + w.recordRef())) {
                            stored.add(w);
                            fresh.add(new WarningBook.Raised(stored.size(), w));
                        }
                    }
                    return fresh;
                });
        desk.raised = (jakarta.enterprise.event.Event<WarningRaised>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {jakarta.enterprise.event.Event.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("fire")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    announced.add((WarningRaised) args[0]);
                    return null;
                });
        return desk;
    }

    static OverdueRectification overdue(long id, String community, String district, LocalDate due) {
        return new OverdueRectification(id, community, district, id - 1, due.minusDays(7), due, "OPEN");
    }

    @Test
    void eachRectificationOverdueTodayGetsOneWarningDatedOnItsFirstOverdueDayAndASecondSweepRaisesNothing() {
        WarningDesk desk = desk(List.of(overdue(6, "JJ-C004", "510104", TODAY.minusDays(20)), overdue(90, "QY-C002", "510105", TODAY.minusDays(1))));
        assertEquals(2, desk.raiseOverdueRectifications());
        assertEquals(List.of("null " + TODAY), askedFor, "the whole city, overdue today");
        assertEquals(List.of(WarningKind.RECTIFICATION_OVERDUE, WarningKind.RECTIFICATION_OVERDUE), stored.stream().map(Warning::kind).toList());
        assertEquals(List.of("rectification 6", "rectification 90"), stored.stream().map(Warning::recordRef).toList());
        assertEquals(List.of(TODAY.minusDays(19), TODAY), stored.stream().map(Warning::day).toList());
        assertEquals(List.of("510104", "510105"), announced.stream().map(WarningRaised::districtCode).toList());
        assertEquals(List.of("RECTIFICATION_OVERDUE", "RECTIFICATION_OVERDUE"), announced.stream().map(WarningRaised::kind).toList());

        assertEquals(0, desk.raiseOverdueRectifications(), "raised before: nothing new");
        assertEquals(2, stored.size());
        assertEquals(2, announced.size(), "nothing announced twice");
    }

    @Test
    void nothingOverdueRaisesNothing() {
        assertEquals(0, desk(List.of()).raiseOverdueRectifications());
        assertEquals(List.of(), announced);
    }
}
