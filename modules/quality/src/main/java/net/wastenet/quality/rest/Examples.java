package net.wastenet.quality.rest;

/** The examples of the module's OpenAPI document: records of the Chengdu demo (Jinjiang, 锦江区 510104). */
final class Examples {
    /** The demo's own rubric: sent again, it is refused (409, the code and the day exist), so a client learns nothing is stored twice. */
    static final String RUBRIC = """
            {"code":"CD-2026","name":"成都市生活垃圾分类达标小区评分细则（2026 版）","validFrom":"2026-01-01","passScore":80,
             "items":[{"code":"BINS","name":"分类收集容器配置齐全、标识规范","maxScore":20,"veto":false},
                      {"code":"KITCHEN-PURITY","name":"厨余垃圾纯净度（低于 90% 否决）","maxScore":30,"veto":true},
                      {"code":"GUIDANCE","name":"桶边督导与宣传","maxScore":20,"veto":false},
                      {"code":"RECORDS","name":"台账与收运记录","maxScore":15,"veto":false},
                      {"code":"MIXED-COLLECTION","name":"混收混运（否决）","maxScore":15,"veto":true}]}""";
    static final String RUBRIC_VIEW = """
            {"code":"CD-2026","name":"成都市生活垃圾分类达标小区评分细则（2026 版）","validFrom":"2026-01-01","passScore":80.0,
             "standardRule":"LATEST_INSPECTION_NO_OVERDUE_RECTIFICATION",
             "items":[{"code":"BINS","name":"分类收集容器配置齐全、标识规范","maxScore":20.0,"veto":false},
                      {"code":"KITCHEN-PURITY","name":"厨余垃圾纯净度（低于 90% 否决）","maxScore":30.0,"veto":true},
                      {"code":"GUIDANCE","name":"桶边督导与宣传","maxScore":20.0,"veto":false},
                      {"code":"RECORDS","name":"台账与收运记录","maxScore":15.0,"veto":false},
                      {"code":"MIXED-COLLECTION","name":"混收混运（否决）","maxScore":15.0,"veto":true}]}""";
    static final String PLAN = """
            {"districtCode":"510104","period":"2026-11","communities":3,"seed":20261101}""";
    static final String PLAN_VIEW = """
            {"id":2,"districtCode":"510104","period":"2026-11","seed":20261101,"communities":["JJ-C007","JJ-C003","JJ-C011"],
             "inspectors":["inspector-jj","jj-third-party-02"],
             "assignments":[{"communityCode":"JJ-C007","inspector":"inspector-jj"},{"communityCode":"JJ-C003","inspector":"jj-third-party-02"},
                            {"communityCode":"JJ-C011","inspector":"inspector-jj"}],
             "started":true,"drawnAt":"2026-11-01T08:00:00+08:00","drawnBy":"officer-jj"}""";
    static final String ROSTER = """
            {"districtCodes":["510104"],"homeCommunityCode":"JJ-C002"}""";
    static final String INSPECTOR = """
            {"username":"inspector-jj","districtCodes":["510104"],"homeCommunityCode":"JJ-C002","servedCommunityCodes":["JJ-C005"]}""";
    static final String PHOTO = """
            {"id":3,"sha256":"3f9c1e6b0f4a8e2d7c5b9a1e0d2c4b6a8f0e1d3c5b7a9f1e3d5c7b9a0f2e4d6c","contentType":"image/jpeg","sizeBytes":183422}""";
    static final String INSPECTION = """
            {"communityCode":"JJ-C015","inspectedAt":"2026-11-05T09:30:00+08:00",
             "scores":[{"itemCode":"BINS","score":18},{"itemCode":"KITCHEN-PURITY","score":27},{"itemCode":"GUIDANCE","score":16},
                       {"itemCode":"RECORDS","score":13},{"itemCode":"MIXED-COLLECTION","score":15}],
             "vetoes":[],"comment":"桶边整洁，厨余纯净","photoIds":[],"latitude":30.6571,"longitude":104.0817,"clientKey":"insp-jj-c015-20261105"}""";
    static final String INSPECTION_VIEW = """
            {"id":4,"communityCode":"JJ-C015","districtCode":"510104","inspectedAt":"2026-11-05T09:30:00+08:00","rubricCode":"CD-2026",
             "totalScore":89.0,"passScore":80.0,"passed":true,"planned":true,"planId":2,
             "scores":[{"itemCode":"BINS","score":18},{"itemCode":"KITCHEN-PURITY","score":27},{"itemCode":"GUIDANCE","score":16},
                       {"itemCode":"RECORDS","score":13},{"itemCode":"MIXED-COLLECTION","score":15}],
             "vetoes":[],"comment":"桶边整洁，厨余纯净","photoIds":[3],"latitude":30.6571,"longitude":104.0817,"inspectedBy":"inspector-jj"}""";
    static final String FAILED_VIEW = """
            {"id":5,"communityCode":"JJ-C003","districtCode":"510104","inspectedAt":"2026-11-06T10:00:00+08:00","rubricCode":"CD-2026",
             "totalScore":84.0,"passScore":80.0,"passed":false,"planned":true,"planId":2,"rectificationId":6,
             "scores":[{"itemCode":"BINS","score":18},{"itemCode":"KITCHEN-PURITY","score":22},{"itemCode":"GUIDANCE","score":17},
                       {"itemCode":"RECORDS","score":12},{"itemCode":"MIXED-COLLECTION","score":15}],
             "vetoes":["KITCHEN-PURITY"],"comment":"厨余桶内混有塑料袋，纯净度约 85%","photoIds":[],"inspectedBy":"jj-third-party-02"}""";
    static final String RECTIFICATION = """
            {"id":6,"communityCode":"JJ-C003","districtCode":"510104","openedByInspection":5,"openedOn":"2026-11-06","dueDate":"2026-11-13",
             "status":"COMPLETED","overdue":false,"completedAt":"2026-11-10T16:00:00+08:00","completedBy":"officer-jj",
             "comment":"已增设督导员，厨余桶破袋投放","photoIds":[]}""";
    static final String COMPLETION = """
            {"comment":"已增设督导员，厨余桶破袋投放","photoIds":[]}""";
    static final String STANDARD = """
            {"items":[{"communityCode":"JJ-C015","standard":true,"inspections":1,"lastScore":89.0,"reason":"PASSED","refusals":0,"repeatedRefusals":0,"rejections":0,"rejectedKg":0.000},
                      {"communityCode":"JJ-C003","standard":false,"inspections":1,"lastScore":84.0,"reason":"VETO","refusals":2,"repeatedRefusals":1,"rejections":1,"rejectedKg":120.000},
                      {"communityCode":"JJ-C001","standard":null,"inspections":0,"lastScore":null,"reason":"NOT_INSPECTED","refusals":0,"repeatedRefusals":0,"rejections":0,"rejectedKg":0.000}],"total":3}""";
    static final String CONTAMINATION = """
            {"items":[{"kind":"REFUSAL","pointCode":"JJ-P003","districtCode":"510104","day":"2026-11-04","reference":"5051","weightKg":null,"repeated":false},
                      {"kind":"REJECTION","pointCode":"JJ-P003","districtCode":"510104","day":"2026-11-09","reference":"KW-20261109-3151","weightKg":120.000,"repeated":false}],"total":2}""";
    static final String NO_RUBRIC = """
            {"type":"urn:wastenet:problem:invalid-input","title":"Invalid input","status":400,
             "detail":"inspectedAt: no rubric is valid on 2025-12-31: the bureau's first rubric takes effect later",
             "errors":[{"field":"inspectedAt","message":"no rubric is valid on 2025-12-31: the bureau's first rubric takes effect later"}]}""";
    static final String TOO_LARGE = """
            {"type":"urn:wastenet:problem:payload-too-large","title":"Request body too large","status":413,
             "detail":"request body over 10485760 bytes","errors":[{"field":"body","message":"must be at most 10485760 bytes"}]}""";
    static final String NOT_AN_IMAGE = """
            {"type":"urn:wastenet:problem:unsupported-media-type","title":"Unsupported media type","status":415,
             "detail":"body: is not a image/jpeg image","errors":[{"field":"body","message":"is not a image/jpeg image"}]}""";
    static final String REDRAW_REFUSED = """
            {"type":"urn:wastenet:problem:conflict","title":"Conflict","status":409,
             "detail":"the plan of 510104 for 2026-11 has inspections recorded already: it cannot be drawn again",
             "errors":[{"field":"period","message":"the plan of 510104 for 2026-11 has inspections recorded already: it cannot be drawn again"}]}""";

    private Examples() {
    }
}
