package net.wastenet.kitchen.domain;

import java.util.Objects;
import net.wastenet.shared.Material;

/** Where a load of kitchen waste is handed over: a collection point or a registered producer, in a district. */
public record Source(String kind, String code, String districtCode, Material material) {
    public static final String POINT = "POINT";
    public static final String PRODUCER = "PRODUCER";

    public Source {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(code);
        Objects.requireNonNull(districtCode);
        Objects.requireNonNull(material);
    }
}
