package net.wastenet.recyclables.demo;

import java.util.Map;

/** The short tags the collection-points demo uses in point codes (JJ-R01 is 锦江区's recycling outlet). */
final class ChengduTags {
    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("510104", "JJ"), Map.entry("510105", "QY"), Map.entry("510106", "JN"), Map.entry("510107", "WH"),
            Map.entry("510108", "CH"), Map.entry("510112", "LQY"), Map.entry("510113", "QBJ"), Map.entry("510114", "XD"),
            Map.entry("510115", "WJ"), Map.entry("510116", "SL"), Map.entry("510117", "PD"), Map.entry("510118", "XJ"),
            Map.entry("510121", "JT"), Map.entry("510129", "DY"), Map.entry("510131", "PJ"), Map.entry("510181", "DJY"),
            Map.entry("510182", "PZ"), Map.entry("510183", "QL"), Map.entry("510184", "CZ"), Map.entry("510185", "JY"),
            Map.entry("510191", "GX"), Map.entry("510192", "TF"), Map.entry("510193", "DB"));

    private ChengduTags() {
    }

    static String of(String districtCode) {
        return TAGS.get(districtCode);
    }
}
