package net.wastenet.points.rest;

import java.time.LocalDate;
import net.wastenet.shared.Codes;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;

/** Reads list parameters given as text, so a malformed one answers a problem naming it (not a bare 404). */
final class Query {
    private Query() {
    }

    record Listing(String districtCode, LocalDate from, LocalDate to, PageRequest page) {
    }

    static Listing listing(String districtCode, String from, String to, String page, String size) {
        Problems p = new Problems();
        if (districtCode != null) {
            Codes.checkDistrict(districtCode, "districtCode", p);
        }
        LocalDate f = Parse.date(from, "from", false, p);
        LocalDate t = Parse.date(to, "to", false, p);
        if (f != null && t != null) {
            p.require(!t.isBefore(f), "to", "must not be before from", "不得早于开始日期");
        }
        PageRequest pr = PageRequest.check(Parse.integer(page, "page", p), Parse.integer(size, "size", p), p);
        p.throwIfAny();
        return new Listing(districtCode, f, t, pr);
    }
}
