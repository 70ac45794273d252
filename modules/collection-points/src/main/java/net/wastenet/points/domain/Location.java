package net.wastenet.points.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.wastenet.shared.Problems;

/** A WGS-84 position to six decimals (about 0.1 m). */
public record Location(BigDecimal latitude, BigDecimal longitude) {
    private static final BigDecimal LAT = BigDecimal.valueOf(90);
    private static final BigDecimal LON = BigDecimal.valueOf(180);

    public Location {
        latitude = latitude.setScale(6, RoundingMode.HALF_UP);
        longitude = longitude.setScale(6, RoundingMode.HALF_UP);
    }

    /** Checks a client's coordinates; returns null (having recorded why) when they are not a place on Earth. */
    public static Location check(BigDecimal latitude, BigDecimal longitude, Problems problems) {
        boolean ok = true;
        if (latitude == null) {
            problems.missing("latitude");
            ok = false;
        } else if (latitude.abs().compareTo(LAT) > 0) {
            problems.add("latitude", "must be between -90 and 90", "必须在 -90 到 90 之间");
            ok = false;
        }
        if (longitude == null) {
            problems.missing("longitude");
            ok = false;
        } else if (longitude.abs().compareTo(LON) > 0) {
            problems.add("longitude", "must be between -180 and 180", "必须在 -180 到 180 之间");
            ok = false;
        }
        return ok ? new Location(latitude, longitude) : null;
    }
}
