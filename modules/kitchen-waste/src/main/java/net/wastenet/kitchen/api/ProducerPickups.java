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

    /** A producer's kilograms picked up in one part of a period ({@code part}: the index of the part's first day). */
    record ProducerPart(String producerCode, String districtCode, int part, BigDecimal weightKg) {
    }

    /**
     * The kilograms picked up from producers from {@code partStarts[0]} to {@code to} (inclusive days of pickup), summed
     * per producer and part of the period (part i runs from {@code partStarts[i]} to the day before {@code
     * partStarts[i + 1]}): of the producers named, or of every producer of a district when {@code producerCodes} is null
     * ({@code districtCode} null: the city). Summed in the database and handed to {@code sink} row by row in producer,
     * district and part order; a producer without pickups has no row.
     */
    void producerParts(java.util.Collection<String> producerCodes, String districtCode, List<LocalDate> partStarts, LocalDate to,
                       java.util.function.Consumer<ProducerPart> sink);

    /** One producer's pickups of a period, in time order, paged in the database (a statement's drill-down). */
    Page<Pickup> pickups(String producerCode, LocalDate from, LocalDate to, PageRequest page);
}
