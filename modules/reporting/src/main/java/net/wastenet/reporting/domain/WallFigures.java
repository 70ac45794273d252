package net.wastenet.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The aggregates the bureau's wall screen reads, each summed in the database from reporting's own facts
 * and sums: a day's weighings by category, a month's flows from where waste comes to where it goes, the
 * open warnings by kind and the newest of them.
 */
public interface WallFigures {
    /** A category's weighings of a day (their current revisions). */
    record CategoryDay(String category, BigDecimal kg, long weighings) {
    }

    /** Receipts of a month from one kind of source ({@code POINT}, {@code DISTRICT}, {@code PRODUCER} or a facility kind) into one kind of facility. */
    record FlowLink(String from, String to, boolean residue, BigDecimal kg, long receipts) {
    }

    /** An unconfirmed warning. */
    record OpenWarning(long id, String kind, String districtCode, LocalDate day, String messageZh, String messageEn, LocalDateTime raisedAt) {
    }

    List<CategoryDay> categoriesOn(LocalDate day);

    List<FlowLink> flowsOfMonth(LocalDate firstDay);

    Map<String, Long> openWarningsByKind();

    List<OpenWarning> newestOpenWarnings(int limit);
}
