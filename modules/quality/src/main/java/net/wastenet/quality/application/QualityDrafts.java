package net.wastenet.quality.application;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import net.wastenet.quality.application.Commands.NewInspection;
import net.wastenet.quality.domain.Photo;
import net.wastenet.quality.domain.Rubric;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Text;
import net.wastenet.shared.recording.Draft;

/** The module's create requests checked for form (every field at once, before any database), with their fingerprints. */
final class QualityDrafts {
    static final int MAX_PHOTOS = 20;
    static final int MAX_TEXT = 1000;

    private QualityDrafts() {
    }

    /** An inspection of a community. */
    record InspectionDraft(String communityCode, LocalDateTime at, List<Rubric.ItemScore> scores, List<String> vetoes, String comment,
                           List<Long> photoIds, BigDecimal latitude, BigDecimal longitude, String clientKey,
                           String fingerprint) implements Draft {
        static InspectionDraft of(NewInspection cmd, CityClock clock) {
            Problems p = new Problems();
            Codes.check(cmd.communityCode(), "communityCode", p);
            LocalDateTime at = Parse.pastTime(cmd.inspectedAt(), "inspectedAt", clock, p);
            List<Rubric.ItemScore> scores = new ArrayList<>();
            if (cmd.scores() == null || cmd.scores().isEmpty()) {
                p.add("scores", "must score the rubric's items", "必须为评分细则的各项打分");
            } else if (cmd.scores().size() > 100) {
                p.add("scores", "must list at most 100 items", "最多 100 项");
            } else {
                for (int i = 0; i < cmd.scores().size(); i++) {
                    var s = cmd.scores().get(i);
                    if (s == null) {
                        p.missing("scores[" + i + "]");
                        continue;
                    }
                    boolean ok = Codes.check(s.itemCode(), "scores[" + i + "].itemCode", p);
                    if (s.score() == null) {
                        p.missing("scores[" + i + "].score");
                    } else if (ok) {
                        scores.add(new Rubric.ItemScore(s.itemCode(), s.score()));
                    }
                }
            }
            List<String> vetoes = cmd.vetoes() == null ? List.of() : cmd.vetoes();
            if (vetoes.size() > 100) {
                p.add("vetoes", "must list at most 100 items", "最多 100 项");
            } else {
                for (int i = 0; i < vetoes.size(); i++) {
                    Codes.check(vetoes.get(i), "vetoes[" + i + "]", p);
                }
            }
            if (cmd.comment() != null) {
                Codes.checkText(cmd.comment(), MAX_TEXT, "comment", p);
            }
            List<Long> photos = QualityDrafts.photoIds(cmd.photoIds(), p);
            coordinate(cmd.latitude(), 90, "latitude", p);
            coordinate(cmd.longitude(), 180, "longitude", p);
            if ((cmd.latitude() == null) != (cmd.longitude() == null)) {
                p.add(cmd.latitude() == null ? "latitude" : "longitude", "give both latitude and longitude, or neither",
                        "经纬度须同时提供或都不提供");
            }
            Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
            p.throwIfAny();
            List<String> scored = scores.stream().map(s -> s.itemCode() + "=" + s.score().stripTrailingZeros().toPlainString()).toList();
            String fingerprint = Fingerprint.of(cmd.communityCode(), at, scored, new TreeSet<>(vetoes), cmd.comment(), photos,
                    plain(cmd.latitude()), plain(cmd.longitude()));
            return new InspectionDraft(cmd.communityCode(), at, List.copyOf(scores), List.copyOf(vetoes), cmd.comment(), photos,
                    cmd.latitude(), cmd.longitude(), cmd.clientKey(), fingerprint);
        }
    }

    /** An uploaded image: its SHA-256 is its client key, so the same image sent again by its uploader is stored once. */
    record PhotoDraft(Photo.Checked checked) implements Draft {
        static PhotoDraft of(byte[] bytes, String contentType) {
            return new PhotoDraft(Photo.check(bytes, contentType));
        }

        @Override
        public String clientKey() {
            return checked.sha256();
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(checked.sha256(), checked.type().mediaType());
        }
    }

    /** Photo ids of a request: at most {@value #MAX_PHOTOS}, each a record number, none twice. */
    static List<Long> photoIds(List<Long> ids, Problems p) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX_PHOTOS) {
            p.add("photoIds", "must list at most " + MAX_PHOTOS + " photos", "最多 " + MAX_PHOTOS + " 张照片");
            return List.of();
        }
        var seen = new HashSet<Long>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null || id < 1) {
                p.add("photoIds[" + i + "]", "must be a photo's id", "必须是照片编号");
            } else if (!seen.add(id)) {
                p.add("photoIds[" + i + "]", "names the same photo twice", "重复的照片");
            }
        }
        return List.copyOf(ids);
    }

    private static void coordinate(BigDecimal v, int limit, String field, Problems p) {
        if (v != null) {
            p.require(v.abs().compareTo(BigDecimal.valueOf(limit)) <= 0 && v.stripTrailingZeros().scale() <= 6, field,
                    "must be -" + limit + " to " + limit + ", at most 6 decimals", "必须在 -" + limit + " 到 " + limit + " 之间，最多 6 位小数");
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    static Text photo() {
        return Text.of("photo", "照片");
    }
}
