package net.wastenet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.wastenet.shared.Parse;
import org.junit.jupiter.api.Test;

/**
 * The bound on a JSON number is checked on its text, before the text becomes a number (the step whose cost grows with
 * the square of the digits): asserted by counting the conversions, so the test means the same on a loaded machine.
 */
class BoundedNumbersTest {
    final List<Integer> converted = new ArrayList<>();
    final Function<String, BigDecimal> counting = text -> {
        converted.add(text.length());
        return new BigDecimal(text);
    };

    private BigDecimal read(String number) {
        try (JsonParser parser = Json.createParser(new StringReader("[" + number + "]"))) {
            parser.next(); // [
            parser.next(); // the number
            return BoundedNumbers.read(parser, counting);
        }
    }

    @Test
    void fourHundredThousandDigitsAreRefusedWithoutBecomingANumber() {
        BoundedNumbers.Refused refused = assertThrows(BoundedNumbers.Refused.class, () -> read("9".repeat(400_000)));
        assertEquals(List.of(), converted, "the digits were converted before the refusal");
        assertEquals(true, refused.why().en().contains("at most " + Parse.MAX_NUMBER_LENGTH), refused.why().en());
    }

    @Test
    void aHugeExponentIsRefusedHavingConvertedOnlyItsShortText() {
        // the exponent's size is judged on the number (cheap: the text is bounded to a few characters already)
        assertThrows(BoundedNumbers.Refused.class, () -> read("1E999999999"));
        assertEquals(List.of(11), converted);
    }

    @Test
    void aNumberWithinTheBoundsIsConvertedOnce() {
        assertEquals(new BigDecimal("152.5"), read("152.5"));
        assertEquals(List.of(5), converted);
    }
}
