package net.wastenet.shared.recording;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The day a record is dated and the districts whose figures it enters: the period lock is asked of
 * each (a locked return of any of them refuses the record, 409 naming {@code field}).
 */
public record Dated(LocalDate day, String field, List<String> districts) {
    public Dated {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(field, "field");
        districts = districts.stream().filter(Objects::nonNull).distinct().toList();
    }

    public static Dated on(LocalDate day, String field, String... districts) {
        return new Dated(day, field, Arrays.asList(districts));
    }
}
