package net.wastenet.shared;

/**
 * A finer kind of waste within a category (可回收物细类, hazardous kinds, kitchen-waste origins).
 * Residual waste has no materials. A material belongs to exactly one category.
 */
public enum Material {
    PAPER(WasteCategory.RECYCLABLE, "废纸", "Paper"),
    PLASTIC(WasteCategory.RECYCLABLE, "废塑料", "Plastic"),
    GLASS(WasteCategory.RECYCLABLE, "废玻璃", "Glass"),
    METAL(WasteCategory.RECYCLABLE, "废金属", "Metal"),
    TEXTILE(WasteCategory.RECYCLABLE, "废旧纺织物", "Textiles"),
    E_WASTE(WasteCategory.RECYCLABLE, "废弃电器电子产品", "E-waste"),
    WOOD(WasteCategory.RECYCLABLE, "废木材", "Wood"),
    BATTERY(WasteCategory.HAZARDOUS, "废电池", "Batteries"),
    LAMP(WasteCategory.HAZARDOUS, "废灯管", "Lamps"),
    MEDICINE(WasteCategory.HAZARDOUS, "废药品", "Medicines"),
    PAINT(WasteCategory.HAZARDOUS, "废油漆", "Paint and solvents"),
    PESTICIDE(WasteCategory.HAZARDOUS, "废杀虫剂", "Pesticides"),
    HOUSEHOLD_KITCHEN(WasteCategory.KITCHEN, "家庭厨余", "Household kitchen waste"),
    CATERING(WasteCategory.KITCHEN, "餐厨垃圾", "Catering waste"),
    OTHER_KITCHEN(WasteCategory.KITCHEN, "其他厨余", "Other kitchen waste (markets)");

    private final WasteCategory category;
    private final String nameZh;
    private final String nameEn;

    Material(WasteCategory category, String nameZh, String nameEn) {
        this.category = category;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public WasteCategory category() {
        return category;
    }

    public boolean belongsTo(WasteCategory other) {
        return category == other;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
