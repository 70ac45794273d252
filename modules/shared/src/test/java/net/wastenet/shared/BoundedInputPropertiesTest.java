package net.wastenet.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The parsers every request and import row goes through, fed generated hostile text: numbers of any
 * length, sign and exponent, dates of any year, paging beyond any list. Each answer is a value within
 * its bounds or a refusal naming the field, never an exception of another kind, and never slow.
 */
class BoundedInputPropertiesTest {

    @Provide
    Arbitrary<String> hostileNumbers() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(2000);
        Arbitrary<String> exponents = Combinators.combine(digits.map(d -> d.substring(0, Math.min(d.length(), 12))),
                Arbitraries.integers().between(-1_000_000_000, 1_000_000_000)).as((d, e) -> d + "E" + e);
        Arbitrary<String> signed = Combinators.combine(Arbitraries.of("", "-", "+"), digits, Arbitraries.of("", ".", ".5", ".0001"))
                .as((s, d, f) -> s + d + f);
        Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(64);
        return Arbitraries.oneOf(signed, exponents, junk, Arbitraries.of("NaN", "Infinity", "0x10", "1e", "--1", "1_000", " 12 ", "١٢٣"));
    }

    @Property(tries = 300)
    void aDecimalIsReadWithinItsBoundsOrRefusedNamingTheField(@ForAll("hostileNumbers") String text) {
        Problems p = new Problems();
        BigDecimal n = Parse.decimal(text, "weightKg", p);
        if (n == null) {
            assertTrue(text.isBlank() || p.has("weightKg"), "refused without naming the field: " + text);
        } else {
            assertTrue(p.isEmpty());
            assertTrue(text.strip().length() <= Parse.MAX_NUMBER_LENGTH);
            assertTrue(Math.abs(n.scale()) <= Parse.MAX_EXPONENT, text);
            // whatever a field then asks of it stays cheap
            Weight.problemWith(n);
        }
    }

    @Example
    void aWeightOfFourHundredThousandDigitsIsRefusedBeforeItIsRead() {
        String huge = "9".repeat(400_000);
        long start = System.nanoTime();
        Problems p = new Problems();
        assertNull(Parse.decimal(huge, "weightKg", p));
        long micros = (System.nanoTime() - start) / 1000;
        assertTrue(p.has("weightKg"));
        assertTrue(micros < 50_000, "took " + micros + " µs");
    }

    @Property(tries = 300)
    void aWholeNumberParameterIsReadOrRefusedNamingIt(@ForAll("hostileNumbers") String text) {
        Problems p = new Problems();
        Integer n = Parse.integer(text, "size", p);
        assertTrue(n != null || text.isBlank() || p.has("size"), text);
    }

    @Property(tries = 300)
    void pagingBeyondAnyListIsRefusedNamingPageInsteadOfOverflowing(@ForAll @IntRange(min = 0) int page,
                                                                     @ForAll @IntRange(min = 1, max = 1000) int size) {
        Problems p = new Problems();
        PageRequest r = PageRequest.check(page, size, p);
        if (r == null) {
            assertTrue(p.has("page"), p.errors().toString());
        } else {
            assertTrue(r.offset() >= 0, "offset overflowed: page " + page + " size " + size);
        }
    }

    @Example
    void theEdgeFromTheIssueIsRefused() {
        Problems p = new Problems();
        assertNull(PageRequest.check(2_147_484, 1000, p));
        assertTrue(p.has("page"));
    }

    @Provide
    Arbitrary<String> hostileDates() {
        Arbitrary<Integer> years = Arbitraries.oneOf(Arbitraries.integers().between(-999_999_999, 999_999_999),
                Arbitraries.integers().between(1800, 3100));
        Arbitrary<String> valid = Combinators.combine(years, Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
                .as((y, m, d) -> LocalDate.of(y, m, d).toString());
        return Arbitraries.oneOf(valid, Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("+999999999-12-31", "-999999999-01-01", "+1000000000-01-01", "2026-02-30", "2026-13-01", "0000-01-01"));
    }

    @Property(tries = 300)
    void aDateIsWithinTheYearsOfTheCityOrRefusedNamingTheField(@ForAll("hostileDates") String text) {
        Problems p = new Problems();
        LocalDate d = Parse.date(text, "from", false, p);
        if (d == null) {
            assertTrue(text.isBlank() || p.has("from"), text);
        } else {
            assertTrue(d.getYear() >= Parse.FIRST_YEAR && d.getYear() <= Parse.LAST_YEAR, text);
            // arithmetic a period does on its days cannot overflow
            assertNotNull(d.plusYears(5).minusYears(5).plusDays(400));
        }
    }

    @Property(tries = 300)
    void aTimeIsWithinTheYearsOfTheCityOrRefusedNamingTheField(@ForAll("hostileDates") String day,
                                                               @ForAll @IntRange(min = -18, max = 18) int offset) {
        String text = day + "T23:59:59" + (offset < 0 ? "-" : "+") + String.format("%02d:00", Math.abs(offset));
        Problems p = new Problems();
        var t = Parse.pastTime(text, "weighedAt", CityClock.system(), p);
        assertTrue(t != null || p.has("weighedAt"), text);
    }

    @Property(tries = 200)
    void aListingWhoseStartFallsAfterItsDefaultEndIsRefusedNamingFrom(@ForAll("hostileDates") String from) {
        Requests.Listing listing;
        try {
            listing = Requests.listing(null, from, null, null, null);
        } catch (InvalidInputException e) {
            assertEquals("from", e.errors().get(0).field());
            return;
        }
        LocalDate today = LocalDate.of(2026, 11, 4);
        if (listing.from() != null && listing.from().isAfter(today)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> listing.range(today.minusDays(30), today));
            assertEquals("from", e.errors().get(0).field());
        } else {
            assertNotNull(listing.range(today.minusDays(30), today));
        }
    }
}
