package net.wastenet.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
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

    /**
     * Of these points, the ones with at least one weighing of kitchen waste on a day from {@code from} to {@code to}:
     * looked up point by point (the point-days' primary key), for the few points whose evidence a period's whole
     * months left undecided.
     */
    Set<String> ofTheseLoggedKitchenWaste(java.util.Collection<String> pointCodes, LocalDate from, LocalDate to);

    Optional<PointLogFact> pointLog(long logId);

    /** A point's day: its total (all categories) and the point-day rule's window before it, summed in the database. */
    record PointDayStanding(BigDecimal totalKg, PointDayRule.Window before) {
    }

    /** For each point and day named (point code to days), its standing, from the point-day sums: one row a point-day. */
    Map<String, Map<LocalDate, PointDayStanding>> pointDayStandings(Map<String, Set<LocalDate>> days);

    /** A point's day, as the unusual-day rule judges it. */
    record PointDayKey(String pointCode, String districtCode, LocalDate day) {
    }

    /** Notes point-days for the unusual-day rule to judge later (a bulk import's chunk), each once, in the writing transaction. */
    void noteUnchecked(Collection<PointDayKey> days);

    /** The points that have noted days, in code order (at most the city's points). */
    List<String> pointsWithUncheckedDays();

    /** The noted days of the points named. */
    List<PointDayKey> unchecked(Collection<String> points);

    /**
     * The daily totals of each point named from {@code from} to {@code to}, read in one ordered pass (one
     * row a point-day): what the unusual-day rule needs for a run of a point's days at once.
     */
    Map<String, NavigableMap<LocalDate, BigDecimal>> pointDayTotals(Set<String> points, LocalDate from, LocalDate to);

    /** Forgets point-days once judged, in the judging transaction. */
    void forgetUnchecked(List<PointDayKey> days);

    /** Stores the facts of new weighings (one row each), in the writing transaction. */
    void addPointLogs(List<PointLogFact> facts);

    /**
     * Adds to the point-day sums and the kitchen-waste months, in the writing transaction
     * ({@link PointDayChange#combine} first); whether the kitchen-waste evidence changed (a point's month
     * got its first kitchen-waste weighing or lost its last; true where the database cannot tell).
     */
    boolean changePointDays(List<PointDayChange> combined);

    /** Stores a receipt's or product's fact and adds a receipt to the flow sums, in the writing transaction. */
    void addReceipt(ReceiptFact fact);

    /**
     * A rebuild's copies of records, in JDBC batches: a fact the feed stored meanwhile (a record written
     * while the rebuild runs) is stored once. The sums are left to {@link #rebuildSums}.
     */
    void copyPointLogs(List<PointLogFact> facts);

    void copyReceipts(List<ReceiptFact> facts);

    void copyTreatments(List<TreatmentFact> facts);

    /** The sums tables, in the order a rebuild recomputes them (each from the facts or the sums before it). */
    enum Sums { POINT_DAY, KITCHEN_MONTH, FLOW_DAY, FLOW_MONTH }

    /**
     * Recomputes one sums table from what it sums, in the database (the last step of a rebuild), for one
     * district's points or, with {@code district} null, for all: the point sums a transaction a district,
     * so that none outlives the transaction timeout on a city-year. Writers of what it sums wait while
     * it runs (PostgreSQL), so none of their additions is lost; a writer between two districts' runs adds
     * to rows already recomputed or to facts not yet summed, both counted once.
     */
    void rebuildSums(Sums table, String district);

    Optional<Rebuild> rebuild(long id);

    /** The rebuild queued or running, if any (at most one at a time). */
    Optional<Rebuild> unfinishedRebuild();

    /** The latest rebuild asked for, if any. */
    Optional<Rebuild> latestRebuild();

    /** The reasons migrations gave for asking a rebuild (empty: none asked). */
    List<String> rebuildRequests();

    /** How many days each point of a district logged anything in a period (points that logged nothing absent). */
    Map<String, Integer> daysLoggedCountByPoint(String districtCode, LocalDate from, LocalDate to);

    /** The days each of the given points logged anything in a period. */
    Map<String, Set<LocalDate>> daysLoggedByPoint(java.util.Collection<String> pointCodes, LocalDate from, LocalDate to);

    /** The days each of the given facilities had any receipt in or product or residue out, in a period. */
    Map<String, Set<LocalDate>> daysWithRecordsByFacility(java.util.Collection<String> facilityCodes, LocalDate from, LocalDate to);

    /**
     * A page of the receipts (not products) of a period that flowed as one of the given flows (their keys;
     * the weights are not read), in day and id order, with how many there are: paged in the database.
     */
    net.wastenet.shared.Page<ReceiptFact> receipts(LocalDate from, LocalDate to, List<FlowSum> flows, net.wastenet.shared.PageRequest page);

    /**
     * The receipts of a period into facilities of the given kinds, summed in the database by facility, how they flowed
     * (receiving kind, sending kind, source kind, residue) and material: a row a facility, flow and material whatever the
     * number of receipts (the carbon export's recycling per material; the flow sums have no material).
     */
    List<MaterialFlow> receiptsByMaterial(LocalDate from, LocalDate to, Set<net.wastenet.recyclables.api.FacilityKind> intoKinds);

    /** A page of the treatments of a period at the given plants, in day and id order, with how many there are. */
    net.wastenet.shared.Page<TreatmentFact> treatments(LocalDate from, LocalDate to, Set<String> plants, net.wastenet.shared.PageRequest page);

    void clearRebuildRequests();

    Optional<DefinitionSet> definitionsOn(LocalDate day);

    Optional<DefinitionSet> definitionSet(String name);

    List<DefinitionSet> definitionSets();

    /** Every carbon factor set, oldest first. */
    List<CarbonFactorSet> carbonFactorSets();

    Optional<CarbonFactorSet> carbonFactorSet(String code);

    void add(Object fact);

    /** Notes, in the current transaction, that facts of these days changed (the change journal; older rows pruned). */
    void noteChange(LocalDate firstDay, LocalDate lastDay, java.time.LocalDateTime at);

    /** Whether facts of any day of the period changed at or after a time. */
    boolean changedSince(java.time.LocalDateTime time, LocalDate from, LocalDate to);

    /** Empties the facts and the sums (not the definitions), for a rebuild. */
    void clearFacts();

    /** Whether any fact is stored (a database whose records predate the read model has none). */
    boolean hasFacts();

    void flush();
}
