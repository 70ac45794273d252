package net.wastenet.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a bulk import makes of a row and of what a row's use case threw. */
class RecordImportTest {
    @Test
    void aBlankValueIsNoValueAndValuesAreTrimmed() {
        RecordImport.Row row = new RecordImport.Row(2, Map.of("a", "  x ", "b", "   ", "c", ""));
        assertEquals("x", row.get("a"));
        assertNull(row.get("b"));
        assertNull(row.get("c"));
        assertNull(row.get("missing"));
    }

    @Test
    void everyRuleViolationBecomesRejectionsOfItsLineAndAnythingElseIsRethrown() {
        var invalid = new InvalidInputException(List.of(new FieldError("weightKg", Text.of("bad", "坏")),
                new FieldError("weighedAt", Text.of("future", "未来"))));
        assertEquals(List.of("7 weightKg", "7 weighedAt"), RecordImport.Outcome.rejectionsOf(7, invalid).stream()
                .map(r -> r.line() + " " + r.field()).toList());
        assertEquals("pointCode", RecordImport.Outcome.rejectionsOf(3,
                new UnknownCodeException("pointCode", Text.of("point", "投放点"), "X")).get(0).field());
        assertEquals("clientKey", RecordImport.Outcome.rejectionsOf(3, ConflictException.clientKeyReused("k")).get(0).field());
        assertEquals("code", RecordImport.Outcome.rejectionsOf(3, new NotYoursException("code", Text.of("no", "否"))).get(0).field());
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> RecordImport.Outcome.rejectionsOf(3, bug)));
    }

    @Test
    void aHeaderLackingAColumnIsRefusedNamingTheColumns() {
        var e = assertThrows(InvalidInputException.class,
                () -> RecordImport.checkHeader(List.of("pointCode", "weightKg"), List.of("pointCode", "category", "weightKg", "clientKey")));
        assertEquals("header", e.errors().get(0).field());
        assertEquals("lacks the column(s) [category, clientKey]; the header is pointCode,category,weightKg,clientKey",
                e.errors().get(0).message().en());
        RecordImport.checkHeader(List.of("clientKey", "weightKg", "category", "pointCode", "extra"),
                List.of("pointCode", "category", "weightKg", "clientKey"));
    }
}
