package net.wastenet.app;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Text;

/**
 * How JSON bodies' numbers are read: their text is bounded ({@link Parse#MAX_NUMBER_LENGTH} characters,
 * an exponent of at most {@link Parse#MAX_EXPONENT}) before it becomes a number, because reading a
 * number of 400,000 digits costs seconds of a core. Whole numbers are read exactly: a fraction or a
 * value beyond the type is refused instead of being cut or wrapped. A refusal names the property
 * ({@code ProblemMapper} reads it from the binder's message).
 */
public final class BoundedNumbers {
    private BoundedNumbers() {
    }

    /** A number the API will not read, and why. */
    public static final class Refused extends JsonbException {
        private final transient Text why;

        Refused(Text why) {
            super(why.en());
            this.why = why;
        }

        public Text why() {
            return why;
        }
    }

    static JsonbDeserializer<?>[] all() {
        return new JsonbDeserializer<?>[] {new Decimal(), new Whole(), new WholeLong()};
    }

    /**
     * The number's text, bounded. Only a JSON number is read: a number written as a string ({@code "12.5"})
     * is refused like any other wrong type, as strictly as an unknown property is (issue 17).
     */
    static BigDecimal read(JsonParser parser) {
        return read(parser, BigDecimal::new);
    }

    /** As {@link #read(JsonParser)}, with the conversion of the text to a number given: the one step whose cost grows with the digits. */
    static BigDecimal read(JsonParser parser, java.util.function.Function<String, BigDecimal> toNumber) {
        String text;
        try {
            // a number, or a string holding one (as the binder takes it); an object, array or boolean has no text
            text = parser.getString();
        } catch (IllegalStateException e) {
            throw new Refused(Text.of("must be a number", "必须是数字"));
        }
        Text problem = Parse.numberProblem(text);
        if (problem != null) {
            throw new Refused(problem);
        }
        // asked only once the text is known to be short: a number's question may read it whole
        if (!isNumber(parser)) {
            throw new Refused(Text.of("must be a number, not a string (write 12.5, not \"12.5\")",
                    "必须是数字而不是字符串（应写 12.5，而非 \"12.5\"）"));
        }
        BigDecimal number;
        try {
            number = toNumber.apply(text);
        } catch (NumberFormatException e) {
            throw new Refused(Text.of("must be a number", "必须是数字"));
        }
        problem = Parse.magnitudeProblem(number);
        if (problem != null) {
            throw new Refused(problem);
        }
        return number;
    }

    /**
     * Whether the parser stands on a JSON number rather than a string. Yasson's parser has no
     * {@code currentEvent()}, so it is asked something only a number answers: a string refuses with
     * {@link IllegalStateException} (any other failure is the number's own, judged by the caller).
     */
    private static boolean isNumber(JsonParser parser) {
        try {
            parser.isIntegralNumber();
            return true;
        } catch (IllegalStateException e) {
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static BigDecimal whole(JsonParser parser) {
        BigDecimal n = read(parser);
        if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
            throw new Refused(Text.of("must be a whole number", "必须是整数"));
        }
        return n;
    }

    static final class Decimal implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return read(parser);
        }
    }

    static final class Whole implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            try {
                return whole(parser).intValueExact();
            } catch (ArithmeticException e) {
                throw new Refused(Text.of("must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
                        "必须是 " + Integer.MIN_VALUE + " 到 " + Integer.MAX_VALUE + " 之间的整数"));
            }
        }
    }

    static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            try {
                return whole(parser).longValueExact();
            } catch (ArithmeticException e) {
                throw new Refused(Text.of("must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
                        "必须是 " + Long.MIN_VALUE + " 到 " + Long.MAX_VALUE + " 之间的整数"));
            }
        }
    }
}
