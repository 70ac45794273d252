package net.wastenet.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A weighed quantity in kilograms, as a scale reports it: greater than zero, at most
 * {@value #MAX_KG} kg per record, to the gram at most (three decimals). Sums are exact.
 */
public record Weight(BigDecimal kilograms) implements Comparable<Weight> {
    public static final int MAX_KG = 100_000;
    private static final BigDecimal MAX = BigDecimal.valueOf(MAX_KG);

    public Weight {
        Text problem = problemWith(kilograms);
        if (problem != null) {
            throw new IllegalArgumentException(problem.en());
        }
        kilograms = kilograms.setScale(3, RoundingMode.UNNECESSARY);
    }

    /** Why a number is not a valid weight, or {@code null} when it is. */
    public static Text problemWith(BigDecimal kg) {
        if (kg == null) {
            return Text.of("is required", "为必填项");
        }
        if (kg.signum() <= 0) {
            return Text.of("must be greater than 0 kg", "必须大于 0 千克");
        }
        if (kg.compareTo(MAX) > 0) {
            return Text.of("must be at most 100000 kg per record", "每条记录不得超过 100000 千克");
        }
        if (kg.stripTrailingZeros().scale() > 3) {
            return Text.of("must be given to the gram at most (3 decimals)", "最多精确到克（3 位小数）");
        }
        return null;
    }

    /** Checks a client's number, recording the problem under the client's field name. */
    public static Weight check(BigDecimal kg, String field, Problems problems) {
        Text problem = problemWith(kg);
        if (problem != null) {
            problems.add(field, problem);
            return null;
        }
        return new Weight(kg);
    }

    public static Weight kg(String kilograms) {
        return new Weight(new BigDecimal(kilograms));
    }

    @Override
    public int compareTo(Weight o) {
        return kilograms.compareTo(o.kilograms);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weight w && w.kilograms.compareTo(kilograms) == 0;
    }

    @Override
    public int hashCode() {
        return kilograms.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return kilograms.toPlainString() + " kg";
    }
}
