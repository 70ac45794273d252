package net.wastenet.quality.application;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the module's endpoints take. */
public final class Commands {
    private Commands() {
    }

    @Schema(name = "NewRubricItem", description = "An item of a rubric: its maximum score; a veto item fails an inspection whatever its score")
    public record NewItem(@Schema(example = "KITCHEN-PURITY", required = true) String code,
                          @Schema(example = "厨余垃圾纯净度（低于 90% 否决）", required = true) String name,
                          @Schema(description = "0 to 1000, at most one decimal", example = "30", minimum = "0", maximum = "1000", required = true)
                          BigDecimal maxScore,
                          @Schema(example = "true") Boolean veto) {
    }

    @Schema(name = "NewRubric", description = "A rubric version (评分细则), valid from a day until the next version")
    public record NewRubric(@Schema(example = "CD-2027", required = true) String code,
                            @Schema(example = "成都市生活垃圾分类达标小区评分细则（2027 版）", required = true) String name,
                            @Schema(example = "2027-01-01", format = "date", required = true) String validFrom,
                            @Schema(description = "0 or more, at most the items' maximum scores added up; at most one decimal", example = "80",
                                    minimum = "0", required = true) BigDecimal passScore,
                            @Schema(required = true) List<NewItem> items) {
    }

    @Schema(name = "NewInspectionPlan", description = "Draw a district's double-random plan for a month")
    public record NewPlan(@Schema(example = "510104", required = true) String districtCode,
                          @Schema(example = "2026-11", pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$", required = true) String period,
                          @Schema(description = "how many communities to draw", example = "3", minimum = "1", maximum = "1000", required = true)
                          Integer communities,
                          @Schema(description = "0 to 2^53-1; the same seed draws the same plan; drawn by the server when absent",
                                  example = "20261101", minimum = "0", maximum = "9007199254740991") Long seed) {
    }

    @Schema(name = "RosterEntry", description = "An inspector on the roster the double-random plans draw from")
    public record RosterEntry(@Schema(description = "the districts whose plans may draw the inspector", example = "[\"510104\"]",
                                      required = true) List<String> districtCodes,
                              @Schema(description = "the community the inspector lives in", example = "JJ-C002") String homeCommunityCode,
                              @Schema(description = "communities the inspector serves (督导 duty, clients)", example = "[\"JJ-C003\"]")
                              List<String> servedCommunityCodes) {
    }

    @Schema(name = "ItemScore")
    public record ItemScore(@Schema(example = "KITCHEN-PURITY", required = true) String itemCode,
                            @Schema(description = "0 to the item's maximum score (at most 1000), at most one decimal", example = "27", minimum = "0",
                                    maximum = "1000", required = true) BigDecimal score) {
    }

    @Schema(name = "NewInspection", description = "An inspection of a community by the rubric valid on its day")
    public record NewInspection(@Schema(example = "JJ-C015", required = true) String communityCode,
                                @Schema(example = "2026-11-05T09:30:00+08:00", format = "date-time", required = true) String inspectedAt,
                                @Schema(required = true) List<ItemScore> scores,
                                @Schema(description = "veto items found", example = "[]") List<String> vetoes,
                                @Schema(example = "桶边整洁，厨余纯净", maxLength = 1000) String comment,
                                @Schema(description = "photos uploaded by the inspector (POST /photos)", example = "[]") List<Long> photoIds,
                                @Schema(example = "30.6571") BigDecimal latitude,
                                @Schema(example = "104.0817") BigDecimal longitude,
                                @Schema(example = "insp-jj-c015-20261105") String clientKey) {
    }

    @Schema(name = "RectificationCompletion", description = "What the community did, recorded by the district's officer")
    public record Completion(@Schema(example = "已增设督导员，厨余桶破袋投放", maxLength = 1000, required = true) String comment,
                             @Schema(example = "[]") List<Long> photoIds) {
    }
}
