package net.wastenet.shared;

/** The four household-waste categories of GB/T 19095-2019 (四分类). */
public enum WasteCategory {
    RECYCLABLE("可回收物", "Recyclables"),
    HAZARDOUS("有害垃圾", "Hazardous waste"),
    KITCHEN("厨余垃圾", "Kitchen waste"),
    RESIDUAL("其他垃圾", "Residual waste");

    private final String nameZh;
    private final String nameEn;

    WasteCategory(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
