package net.wastenet.kitchen.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

/**
 * The registered producers (restaurants, canteens, markets) and the weighed pickups of their kitchen waste, as the
 * charges module bills them: what a hauler weighed at pickup, on the manifest that names the producer.
 */
public interface ProducerPickups {
    /** A registered producer. */
    record Producer(String code, String name, String kind, String districtCode, LocalDate activeFrom) {
    }

    /** A producer's pickup: the manifest, the day and time (city time) and the weight at pickup. */
    record Pickup(String manifestNo, String producerCode, String districtCode, LocalDateTime pickedUpAt, BigDecimal weightKg) {
    }

    Optional<Producer> producer(String code);

    /** The producers of a district (null: the city), in code order, paged in the database. */
    Page<Producer> producers(String districtCode, PageRequest page);

    /**
     * The pickups of producers from {@code from} to {@code to} (inclusive days of pickup): of the producers named, or of
     * every producer of a district when {@code producerCodes} is null ({@code districtCode} null: the city), in time order.
     */
    List<Pickup> pickups(List<String> producerCodes, String districtCode, LocalDate from, LocalDate to);

    /** One producer's pickups of a period, in time order, paged in the database (a statement's drill-down). */
    Page<Pickup> pickups(String producerCode, LocalDate from, LocalDate to, PageRequest page);
}
