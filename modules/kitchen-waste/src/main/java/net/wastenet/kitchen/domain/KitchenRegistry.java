package net.wastenet.kitchen.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

/** The module's records: producers, haulers, vehicles, routes, runs, manifests, treatments. */
public interface KitchenRegistry {
    Optional<Producer> producer(String code);

    Optional<Hauler> hauler(String code);

    Optional<Vehicle> vehicle(String code);

    /**
     * The vehicle, its row locked until the transaction ends: pickups onto one vehicle take turns, so
     * two at once (on two instances) cannot both find room that only one of them has.
     */
    Optional<Vehicle> vehicleForLoading(String code);

    Optional<Route> route(String code);

    Optional<Run> run(long id);

    Page<Producer> producers(String districtCode, PageRequest page);

    Page<Hauler> haulers(PageRequest page);

    Page<Vehicle> vehicles(String haulerCode, PageRequest page);

    List<Route> routes(String haulerCode);

    Optional<Manifest> manifest(String manifestNo);

    List<Manifest> manifests(Collection<String> manifestNos);

    /** A hauler user's manifests carrying these client keys, by key (a key is unique per submitter). */
    Map<String, Manifest> manifestsByClientKeys(String submitter, Collection<String> clientKeys);

    /** What a vehicle carries on manifests not yet delivered. */
    BigDecimal onBoard(String vehicleCode);

    /**
     * The open manifests a plant may close: those headed for it and those that name no destination
     * (picked up before destinations existed), oldest pickup first, so the overdue come first.
     */
    Page<Manifest> incoming(String facilityCode, PageRequest page);

    /** Manifests by filter, newest pickup first; {@code pickedUpBefore} selects the overdue. */
    Page<Manifest> manifests(ManifestFilter filter, PageRequest page);

    /** An operator's treatments carrying these client keys, by key (a key is unique per submitter). */
    Map<String, Treatment> treatmentsByClientKeys(String submitter, Collection<String> clientKeys);

    Page<Treatment> treatments(String facilityCode, LocalDate from, LocalDate to, PageRequest page);

    /** The first {@code limit} treatments after an id, in id order. */
    List<Treatment> treatmentsAfter(long afterId, int limit);

    /** All treatment input at a plant up to and including a day. */
    BigDecimal treatedInputUpTo(String facilityCode, LocalDate day);

    /** A hauler user's refusals carrying these client keys, by key. */
    Map<String, Refusal> refusalsByClientKeys(String submitter, Collection<String> clientKeys);

    Optional<Refusal> refusal(long id);

    /** A point's open notices, their rows locked until the transaction ends (a refusal and a pickup there take turns). */
    List<Refusal> openRefusals(String pointCode);

    /** How many refusals a point had dated in a window of days (both ends included). */
    int refusalsBetween(String pointCode, LocalDate from, LocalDate to);

    /** Refusals by filter, newest first. */
    Page<Refusal> refusals(RefusalFilter filter, PageRequest page);

    /** Which refusals a list shows: every criterion optional; {@code overdueOn}: only those open after their due date then. */
    record RefusalFilter(Refusal.Status status, String haulerCode, String districtCode, String pointCode, LocalDate from,
                         LocalDate to, LocalDate overdueOn) {
    }

    void add(Object entity);

    void flush();

    /** Which manifests a list shows: every criterion optional. */
    record ManifestFilter(String status, String haulerCode, String facilityCode, String districtCode,
                          LocalDateTime pickedUpBefore, LocalDate from, LocalDate to) {
    }
}
