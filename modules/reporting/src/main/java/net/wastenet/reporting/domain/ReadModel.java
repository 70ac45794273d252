package net.wastenet.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The read model and the definition sets. */
public interface ReadModel {
    /** Receipts (not products) of a period, summed by how they flowed. */
    List<FlowSum> flows(LocalDate from, LocalDate to);

    /** K per kitchen-waste plant in a period. */
    Map<String, BigDecimal> treatedByPlant(LocalDate from, LocalDate to);

    /**
     * Points with at least one weighing of kitchen waste in a period; only points of the given districts
     * when {@code districts} is not null (a district's coverage reads its own points' evidence, not the city's).
     */
    Set<String> pointsThatLoggedKitchenWaste(LocalDate from, LocalDate to, Set<String> districts);

    Optional<PointLogFact> pointLog(long logId);

    /** A point's day: its total (all categories) and the point-day rule's window before it, summed in the database. */
    record PointDayStanding(BigDecimal totalKg, PointDayRule.Window before) {
    }

    /** For each point and day named (point code to days), its standing, from the point-day sums: one row a point-day. */
    Map<String, Map<LocalDate, PointDayStanding>> pointDayStandings(Map<String, Set<LocalDate>> days);

    /** Stores the facts of new weighings (one row each), in the writing transaction. */
    void addPointLogs(List<PointLogFact> facts);

    /** Adds to the point-day sums, in the writing transaction ({@link PointDayChange#combine} first). */
    void changePointDays(List<PointDayChange> combined);

    /** Recomputes every point-day sum from the weighings' facts (a rebuild), in the database. */
    void rebuildPointDays();

    /** The days each point of a district logged anything in a period. */
    Map<String, Set<LocalDate>> daysLoggedByPoint(String districtCode, LocalDate from, LocalDate to);

    /** The days each facility had any receipt in or product or residue out, in a period. */
    Map<String, Set<LocalDate>> daysWithRecordsByFacility(LocalDate from, LocalDate to);

    /** The receipts (not products) of a period, one by one, in day and id order (for drill-down). */
    List<ReceiptFact> receipts(LocalDate from, LocalDate to);

    /** The treatments of a period, in day and id order (for drill-down). */
    List<TreatmentFact> treatments(LocalDate from, LocalDate to);

    /** Whether a migration asked for a rebuild at the next start. */
    boolean rebuildRequested();

    void clearRebuildRequests();

    Optional<DefinitionSet> definitionsOn(LocalDate day);

    Optional<DefinitionSet> definitionSet(String name);

    List<DefinitionSet> definitionSets();

    void add(Object fact);

    /** Empties the facts (not the definitions), for a rebuild. */
    void clearFacts();

    long factCount();

    void flush();
}
