package net.wastenet.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.bind.Jsonb;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.wastenet.app.StrictJson;
import net.wastenet.shared.Parse;

/**
 * Numbers in JSON bodies, bound as the server binds them (Liberty's JSON-B with {@link StrictJson}):
 * refused cheaply before they are read when they are too long, exactly when they do not fit their type,
 * and the refusal names the property.
 */
class BoundedJsonNumbersTest {
    public record Weighing(String pointCode, BigDecimal weightKg) {
    }

    public record Community(Integer households, Long runId) {
    }

    private static final Jsonb JSONB = new StrictJson().getContext(Object.class);

    private static Problem refusal(String json, Class<?> type) {
        try {
            Object bound = JSONB.fromJson(json, type);
            fail("bound " + bound + " from " + json.substring(0, Math.min(80, json.length())));
            return null;
        } catch (RuntimeException e) {
            return ProblemMapper.classify(e);
        }
    }

    @Example
    void aWeightOfFourHundredThousandDigitsIsRefusedNamingWeightKg() {
        // that it is refused before its digits become a number (the step that costs the square of the digits) is
        // BoundedNumbersTest's: counted, not timed
        String json = "{\"pointCode\":\"JJ-P001\",\"weightKg\":" + "9".repeat(400_000) + "}";
        Problem p = refusal(json, Weighing.class);
        assertEquals(400, p.status());
        assertEquals("weightKg", p.errors().get(0).field(), p.toString());
        assertTrue(p.errors().get(0).message().en().contains("at most " + Parse.MAX_NUMBER_LENGTH), p.toString());
    }

    @Example
    void aNumberWrittenAsAStringIsRefusedNamingTheProperty() {
        Problem p = refusal("{\"pointCode\":\"JJ-P001\",\"weightKg\":\"12.5\"}", Weighing.class);
        assertEquals(400, p.status());
        assertEquals("weightKg", p.errors().get(0).field(), p.toString());
        assertTrue(p.errors().get(0).message().en().contains("not a string"), p.toString());
        assertEquals("households", refusal("{\"households\":\"12\"}", Community.class).errors().get(0).field());
        assertEquals("runId", refusal("{\"runId\":\"7\"}", Community.class).errors().get(0).field());
        assertEquals(new BigDecimal("12.5"), JSONB.fromJson("{\"weightKg\":12.5}", Weighing.class).weightKg());
    }

    @Example
    void aWholeNumberBeyondItsTypeIsRefusedInsteadOfWrapped() {
        Problem p = refusal("{\"households\":2147483648}", Community.class);
        assertEquals("households", p.errors().get(0).field(), p.toString());
        assertEquals("runId", refusal("{\"runId\":1.5}", Community.class).errors().get(0).field());
    }

    @Example
    void aValueOfAnotherTypeWhereANumberGoesIsRefusedNamingTheProperty() {
        for (String value : new String[] {"{\"kg\":1}", "[10]", "true", "\"12kg\"", "\"" + "9".repeat(100) + "\""}) {
            Problem p = refusal("{\"pointCode\":\"JJ-P001\",\"weightKg\":" + value + "}", Weighing.class);
            assertEquals("weightKg", p.errors().get(0).field(), value + ": " + p);
        }
        assertEquals("weightKg", refusal("{\"weightKg\":\"12.5\"}", Weighing.class).errors().get(0).field(),
                "a number in a string is refused too (issue 17)");
    }

    @Provide
    Arbitrary<String> numberLiterals() {
        // JSON numbers as the grammar allows them (no leading zeros: those are malformed JSON, refused as "body")
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5000).map(d -> d.replaceFirst("^0+(?=\\d)", ""));
        return Arbitraries.oneOf(
                digits,
                digits.map(d -> "-" + d + ".5"),
                Arbitraries.integers().between(-1_000_000_000, 1_000_000_000).map(e -> "1E" + e),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("0", "-0", "0.0001", "1e309", "-1e-309", "100000.000", "2147483647", "-2147483648", "9223372036854775808"));
    }

    @Property(tries = 200)
    void everyNumberIsBoundWithinItsBoundsOrRefusedNamingItsProperty(@ForAll("numberLiterals") String literal) {
        for (String property : new String[] {"weightKg", "households", "runId"}) {
            Class<?> type = property.equals("weightKg") ? Weighing.class : Community.class;
            String json = "{\"" + property + "\":" + literal + "}";
            Object bound;
            try {
                bound = JSONB.fromJson(json, type);
            } catch (RuntimeException e) {
                Problem p = ProblemMapper.classify(e);
                assertEquals(400, p.status(), p::toString);
                assertEquals(property, p.errors().get(0).field(), p::toString);
                continue;
            }
            assertTrue(literal.length() <= Parse.MAX_NUMBER_LENGTH, literal);
            if (bound instanceof Community c && c.households() != null) {
                assertEquals(new BigDecimal(literal).intValueExact(), c.households().intValue());
            }
            if (bound instanceof Community c && c.runId() != null) {
                assertEquals(new BigDecimal(literal).longValueExact(), c.runId().longValue());
            }
        }
    }
}
