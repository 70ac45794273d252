package net.wastenet.kitchen.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.wastenet.kitchen.application.Commands.NewTreatment;
import net.wastenet.kitchen.application.Commands.Pickup;
import net.wastenet.kitchen.application.Commands.Residue;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Text;
import net.wastenet.shared.Weight;
import net.wastenet.shared.recording.Draft;

/** Kitchen waste's requests checked for form (every field at once, before any database), with their fingerprints. */
final class KitchenDrafts {
    private static final BigDecimal MAX = BigDecimal.valueOf(10_000_000);

    private KitchenDrafts() {
    }

    /** A load signed for at a point or a producer. */
    record PickupDraft(String sourcePointCode, String producerCode, String haulerCode, String vehicleCode, Weight weight,
                       LocalDateTime at, Long runId, String handedOverBy, String destinationFacilityCode, String clientKey,
                       String fingerprint) implements Draft {
        static PickupDraft of(Pickup cmd, CityClock clock) {
            Problems p = new Problems();
            boolean fromPoint = cmd.sourcePointCode() != null;
            if (fromPoint == (cmd.producerCode() != null)) {
                p.add("sourcePointCode", "give either sourcePointCode or producerCode", "请提供 sourcePointCode 或 producerCode 之一");
            } else {
                Codes.check(fromPoint ? cmd.sourcePointCode() : cmd.producerCode(), fromPoint ? "sourcePointCode" : "producerCode", p);
            }
            Codes.check(cmd.haulerCode(), "haulerCode", p);
            Codes.checkText(cmd.vehicleCode(), 32, "vehicleCode", p);
            Weight weight = Weight.check(cmd.weightKg(), "weightKg", p);
            LocalDateTime at = Parse.pastTime(cmd.pickedUpAt(), "pickedUpAt", clock, p);
            if (cmd.handedOverBy() != null) {
                Codes.checkText(cmd.handedOverBy(), 64, "handedOverBy", p);
            }
            if (cmd.destinationFacilityCode() != null) {
                Codes.check(cmd.destinationFacilityCode(), "destinationFacilityCode", p);
            }
            Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
            p.throwIfAny();
            String kg = weight.kilograms().stripTrailingZeros().toPlainString();
            // a pickup without a chosen plant keeps the fingerprint it had before destinations (retries of older clients)
            String fingerprint = cmd.destinationFacilityCode() == null
                    ? Fingerprint.of(cmd.sourcePointCode(), cmd.producerCode(), cmd.haulerCode(), cmd.vehicleCode(), kg, at, cmd.runId())
                    : Fingerprint.of(cmd.sourcePointCode(), cmd.producerCode(), cmd.haulerCode(), cmd.vehicleCode(), kg, at, cmd.runId(),
                    cmd.destinationFacilityCode());
            return new PickupDraft(cmd.sourcePointCode(), cmd.producerCode(), cmd.haulerCode(), cmd.vehicleCode(), weight, at,
                    cmd.runId(), cmd.handedOverBy(), cmd.destinationFacilityCode(), cmd.clientKey(), fingerprint);
        }
    }

    /** A point's kitchen waste refused at pickup. */
    record RefusalDraft(String sourcePointCode, String haulerCode, LocalDateTime at, String reason, List<Long> photoIds,
                        String clientKey, String fingerprint) implements Draft {
        static RefusalDraft of(Commands.NewRefusal cmd, CityClock clock) {
            Problems p = new Problems();
            Codes.check(cmd.sourcePointCode(), "sourcePointCode", p);
            Codes.check(cmd.haulerCode(), "haulerCode", p);
            LocalDateTime at = Parse.pastTime(cmd.refusedAt(), "refusedAt", clock, p);
            Codes.checkText(cmd.reason(), 500, "reason", p);
            if (cmd.photoIds() == null) {
                p.missing("photoIds");
            } else {
                p.require(cmd.photoIds().size() <= 20, "photoIds", "at most 20 photos", "最多 20 张照片");
                for (int i = 0; i < cmd.photoIds().size(); i++) {
                    p.require(cmd.photoIds().get(i) != null, "photoIds[" + i + "]", "must be a photo id", "必须是照片编号");
                }
                p.require(cmd.photoIds().stream().distinct().count() == cmd.photoIds().size(), "photoIds", "names a photo twice",
                        "照片重复");
            }
            Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
            p.throwIfAny();
            String reason = cmd.reason().strip();
            return new RefusalDraft(cmd.sourcePointCode(), cmd.haulerCode(), at, reason, List.copyOf(cmd.photoIds()), cmd.clientKey(),
                    Fingerprint.of(cmd.sourcePointCode(), cmd.haulerCode(), at, reason, cmd.photoIds()));
        }
    }

    /** A day's treatment at a plant, with its residues sent on. */
    record TreatmentDraft(String facilityCode, LocalDate day, BigDecimal inputKg, BigDecimal impuritiesKg, BigDecimal biogasNm3,
                          BigDecimal crudeOilKg, BigDecimal digestateKg, List<Residue> residues, String clientKey,
                          String fingerprint) implements Draft {
        static TreatmentDraft of(NewTreatment cmd, CityClock clock) {
            Problems p = new Problems();
            Codes.check(cmd.facilityCode(), "facilityCode", p);
            LocalDate day = Parse.pastDate(cmd.date(), "date", clock, p);
            amount(cmd.inputKg(), "inputKg", true, p);
            amount(cmd.impuritiesKg(), "impuritiesKg", true, p);
            amount(cmd.biogasNm3(), "biogasNm3", false, p);
            amount(cmd.crudeOilKg(), "crudeOilKg", false, p);
            amount(cmd.digestateKg(), "digestateKg", false, p);
            List<Residue> residues = cmd.residues() == null ? List.of() : cmd.residues();
            for (int i = 0; i < residues.size(); i++) {
                Codes.check(residues.get(i).toFacilityCode(), "residues[" + i + "].toFacilityCode", p);
                amount(residues.get(i).weightKg(), "residues[" + i + "].weightKg", true, p);
            }
            Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
            p.throwIfAny();
            if (cmd.inputKg().signum() == 0) {
                throw new InvalidInputException("inputKg", Text.of("must be greater than 0", "必须大于 0"));
            }
            return new TreatmentDraft(cmd.facilityCode(), day, cmd.inputKg(), cmd.impuritiesKg(), zero(cmd.biogasNm3()),
                    zero(cmd.crudeOilKg()), zero(cmd.digestateKg()), residues, cmd.clientKey(),
                    Fingerprint.of(cmd.facilityCode(), day, cmd.inputKg().stripTrailingZeros(), cmd.impuritiesKg().stripTrailingZeros(),
                            cmd.biogasNm3(), cmd.crudeOilKg(), cmd.digestateKg(), residues));
        }
    }


    private static boolean amount(BigDecimal value, String field, boolean required, Problems p) {
        if (value == null) {
            if (required) {
                p.missing(field);
            }
            return false;
        }
        return p.require(value.signum() >= 0 && value.compareTo(MAX) <= 0 && value.stripTrailingZeros().scale() <= 3, field,
                "must be 0 to 10000000, at most 3 decimals", "必须在 0 到 10000000 之间，最多 3 位小数");
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
