package net.wastenet.recyclables.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.wastenet.recyclables.api.NewReceipt;
import net.wastenet.recyclables.application.Commands.NewFacilityReceipt;
import net.wastenet.recyclables.application.Commands.NewOutput;
import net.wastenet.recyclables.application.Commands.NewTransfer;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.Material;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;
import net.wastenet.shared.recording.Draft;

/** The movements' requests checked for form (every field at once, before any database), with their fingerprints. */
final class Drafts {
    private Drafts() {
    }

    /** Recyclables from a point or a facility to a facility. */
    record Transfer(String fromPointCode, String fromFacilityCode, String toFacilityCode, Material material, Weight weight,
                    LocalDateTime at, String clientKey, String fingerprint) implements Draft {
        static Transfer of(NewTransfer cmd, CityClock clock) {
            Problems p = new Problems();
            boolean fromPoint = cmd.fromPointCode() != null;
            if (fromPoint == (cmd.fromFacilityCode() != null)) {
                p.add("fromPointCode", "give either fromPointCode or fromFacilityCode", "请提供 fromPointCode 或 fromFacilityCode 之一");
            } else if (fromPoint) {
                Codes.check(cmd.fromPointCode(), "fromPointCode", p);
            } else {
                Codes.check(cmd.fromFacilityCode(), "fromFacilityCode", p);
            }
            Codes.check(cmd.toFacilityCode(), "toFacilityCode", p);
            Material material = Parse.enumValue(Material.class, cmd.material(), "material", true, p);
            if (material != null) {
                p.require(material.belongsTo(WasteCategory.RECYCLABLE), "material", material + " is not a recyclable material",
                        material.nameZh() + "不是可回收物细类");
            }
            Weight weight = Weight.check(cmd.weightKg(), "weightKg", p);
            LocalDateTime at = Parse.pastTime(cmd.transferredAt(), "transferredAt", clock, p);
            Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
            p.throwIfAny();
            return new Transfer(cmd.fromPointCode(), cmd.fromFacilityCode(), cmd.toFacilityCode(), material, weight, at,
                    cmd.clientKey(), Fingerprint.of("transfer", cmd.fromPointCode(), cmd.fromFacilityCode(), cmd.toFacilityCode(),
                    material, plain(weight), at));
        }
    }

    /** New waste from a district's collection, or another facility's residue, weighed into a plant. */
    record Receipt(String facilityCode, LocalDate day, WasteCategory category, Material material, String sourceDistrictCode,
                   String fromFacilityCode, Weight weight, String clientKey, String fingerprint) implements Draft {
        static Receipt of(String facilityCode, NewFacilityReceipt cmd, CityClock clock) {
            Problems p = new Problems();
            LocalDate day = Parse.pastDate(cmd.date(), "date", clock, p);
            WasteCategory category = Parse.enumValue(WasteCategory.class, cmd.category(), "category", true, p);
            Material material = Parse.enumValue(Material.class, cmd.material(), "material", false, p);
            if (material != null && category != null) {
                p.require(material.belongsTo(category), "material", material + " is not a material of " + category,
                        material.nameZh() + "不属于" + category.nameZh());
            }
            boolean fromDistrict = cmd.sourceDistrictCode() != null;
            if (fromDistrict == (cmd.fromFacilityCode() != null)) {
                p.add("sourceDistrictCode", "give either sourceDistrictCode or fromFacilityCode",
                        "请提供 sourceDistrictCode 或 fromFacilityCode 之一");
            } else if (fromDistrict) {
                Codes.checkDistrict(cmd.sourceDistrictCode(), "sourceDistrictCode", p);
            } else {
                Codes.check(cmd.fromFacilityCode(), "fromFacilityCode", p);
            }
            Weight weight = Weight.check(cmd.weightKg(), "weightKg", p);
            Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
            p.throwIfAny();
            return new Receipt(facilityCode, day, category, material, cmd.sourceDistrictCode(), cmd.fromFacilityCode(), weight,
                    cmd.clientKey(), Fingerprint.of("receipt", facilityCode, day, category, material, cmd.sourceDistrictCode(),
                    cmd.fromFacilityCode(), plain(weight)));
        }
    }

    /** What a facility sends on: a product sold, or a residue to a disposal facility. */
    record Output(String facilityCode, LocalDate day, boolean residue, String toFacilityCode, Material material, String product,
                  Weight weight, String clientKey, String fingerprint) implements Draft {
        static Output of(String facilityCode, NewOutput cmd, CityClock clock) {
            Problems p = new Problems();
            LocalDate day = Parse.pastDate(cmd.date(), "date", clock, p);
            String kind = cmd.kind();
            p.require("PRODUCT".equals(kind) || "RESIDUE".equals(kind), "kind", "must be one of PRODUCT, RESIDUE",
                    "必须是以下之一：PRODUCT, RESIDUE");
            Material material = Parse.enumValue(Material.class, cmd.material(), "material", false, p);
            if ("RESIDUE".equals(kind)) {
                if (cmd.toFacilityCode() == null) {
                    p.add("toFacilityCode", "a residue goes to a facility: name it", "残渣必须注明去向设施");
                } else {
                    Codes.check(cmd.toFacilityCode(), "toFacilityCode", p);
                }
            } else if ("PRODUCT".equals(kind) && cmd.toFacilityCode() != null) {
                p.add("toFacilityCode", "a product leaves the chain: record what goes to a facility as a transfer or residue",
                        "产品离开处理链：送往设施的请登记为转运或残渣");
            }
            if (cmd.product() != null) {
                Codes.checkText(cmd.product(), 128, "product", p);
            }
            Weight weight = Weight.check(cmd.weightKg(), "weightKg", p);
            Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
            p.throwIfAny();
            return new Output(facilityCode, day, "RESIDUE".equals(kind), cmd.toFacilityCode(), material,
                    cmd.product() == null ? null : cmd.product().strip(), weight, cmd.clientKey(),
                    Fingerprint.of("output", facilityCode, day, kind, cmd.toFacilityCode(), material, cmd.product(), plain(weight)));
        }
    }

    /** What a facility holds at the end of a day. */
    record Stock(String facilityCode, LocalDate day, BigDecimal stockKg, String fingerprint) implements Draft {
        static Stock of(String facilityCode, Commands.NewStockReport cmd, CityClock clock) {
            Problems p = new Problems();
            LocalDate day = Parse.pastDate(cmd.date(), "date", clock, p);
            if (cmd.stockKg() == null) {
                p.missing("stockKg");
            } else {
                p.require(cmd.stockKg().signum() >= 0 && cmd.stockKg().compareTo(BigDecimal.valueOf(100_000_000)) <= 0,
                        "stockKg", "must be 0 to 100000000 kg", "必须在 0 到 100000000 千克之间");
            }
            p.throwIfAny();
            return new Stock(facilityCode, day, cmd.stockKg(), Fingerprint.of("stock", facilityCode, day, cmd.stockKg()));
        }

        /** Stock counts carry no client key: a count sent again is a count again. */
        @Override
        public String clientKey() {
            return null;
        }
    }

    /** A receipt another module records in its own transaction (a delivery, a treatment's residue). */
    record Received(NewReceipt receipt, WasteCategory category, Material material, Weight weight, String fingerprint)
            implements Draft {
        static Received of(NewReceipt r) {
            Problems p = new Problems();
            WasteCategory category = Parse.enumValue(WasteCategory.class, r.category(), "category", true, p);
            Material material = Parse.enumValue(Material.class, r.material(), "material", false, p);
            Weight weight = Weight.check(r.weightKg(), "weightKg", p);
            p.throwIfAny();
            return new Received(r, category, material, weight, Fingerprint.of("api", r));
        }

        @Override
        public String clientKey() {
            return receipt.clientKey();
        }
    }

    private static String plain(Weight weight) {
        return weight.kilograms().stripTrailingZeros().toPlainString();
    }


}
