package net.wastenet.points.domain;

import java.util.Objects;
import net.wastenet.shared.Material;
import net.wastenet.shared.Problems;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;

/** What a scale at a point reports for one weighing: a category, optionally a material of it, a weight. */
public record TonnageEntry(WasteCategory category, Material material, Weight weight) {
    public TonnageEntry {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(weight, "weight");
        if (material != null && !material.belongsTo(category)) {
            throw new IllegalArgumentException(material + " is not a material of " + category);
        }
    }

    /** Records why a material cannot go with a category, if it cannot. */
    public static boolean checkMaterial(WasteCategory category, Material material, String field, Problems problems) {
        if (category == null || material == null) {
            return true;
        }
        return problems.require(material.belongsTo(category), field,
                material + " is a material of " + material.category() + ", not of " + category,
                material.nameZh() + "属于" + material.category().nameZh() + "，不属于" + category.nameZh());
    }
}
