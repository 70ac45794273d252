package net.wastenet.recyclables.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

/** Every weighed movement, and the sums reports are made of (computed in the database, not in memory). */
public interface Movements {
    /** A submitter's movements carrying these client keys, by key, in one query (a key is unique per submitter). */
    Map<String, Movement> findByClientKeys(String submitter, Collection<String> clientKeys);

    /** Stores new movements; each has its id afterwards. */
    void addAll(List<Movement> movements);

    /** Received by a facility on a day. */
    BigDecimal intakeOn(long facilityId, LocalDate day);

    /** Received by a facility per day of a range (days without intake are absent). */
    Map<LocalDate, BigDecimal> intakeByDay(long facilityId, DateRange range);

    /** Received by every facility per day of a range: facility id to day to kilograms (one query). */
    Map<Long, Map<LocalDate, BigDecimal>> intakeByFacilityAndDay(DateRange range);

    /** Sent on by a facility per day: outputs (recyclables sent on, products) and residues. */
    Map<LocalDate, BigDecimal[]> outflowByDay(long facilityId, DateRange range);

    /** Received by a facility in a range, by the district the waste came from (new waste only). */
    Map<String, BigDecimal> intakeByDistrict(long facilityId, DateRange range);

    /** Totals for the mass balance: received, sent on as outputs, sent on as residues. */
    BigDecimal[] balanceTotals(long facilityId, DateRange range);

    /** Every movement of a period, oldest first. */
    /** The first {@code limit} movements after an id, in id order. */
    java.util.List<Movement> after(long afterId, int limit);

    /** Receipts into or products out of a facility, newest first. */
    Page<Movement> list(long facilityId, DateRange range, PageRequest page);
}
