package net.wastenet.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodesTest {
    @Test
    void codesAreLettersDigitsAndDashesUpTo32() {
        assertTrue(Codes.isCode("JJ-P0001"));
        assertTrue(Codes.isCode("a".repeat(32)));
        assertFalse(Codes.isCode("a".repeat(33)));
        assertFalse(Codes.isCode("JJ P1"));
        assertFalse(Codes.isCode("JJ_P1"));
        assertFalse(Codes.isCode("投放点1"));
        assertFalse(Codes.isCode("'; drop table x;--"));
    }

    @Test
    void districtCodesAreSixDigits() {
        assertTrue(Codes.isDistrictCode("510104"));
        assertFalse(Codes.isDistrictCode("51010"));
        assertFalse(Codes.isDistrictCode("51010A"));
    }

    @Test
    void freeTextMustNotBeBlankTooLongOrCarryControlCharacters() {
        Problems p = new Problems();
        Codes.checkText("  ", 10, "name", p);
        Codes.checkText("x".repeat(11), 10, "reason", p);
        Codes.checkText("bell\u0007", 10, "street", p);
        Codes.checkText("两行\n文字", 10, "ok", p);
        assertEquals(3, p.errors().size());
        assertEquals("name", p.errors().get(0).field());
        assertEquals("reason", p.errors().get(1).field());
        assertEquals("street", p.errors().get(2).field());
    }

    @Test
    void aClientKeyIsOneTo64Characters() {
        Problems p = new Problems();
        Codes.checkClientKey("k".repeat(64), "clientKey", p);
        Codes.checkClientKey(null, "clientKey", p);
        assertTrue(p.isEmpty());
        Codes.checkClientKey("k".repeat(65), "clientKey", p);
        Codes.checkClientKey("", "clientKey", p);
        assertEquals(2, p.errors().size());
    }
}
