package net.wastenet.recyclables.rest;

/** Example bodies shown in the OpenAPI document. */
final class Examples {
    static final String FACILITY = """
            {"code":"JJ-SC01","name":"锦江区再生资源分拣中心","kind":"SORTING_CENTRE","districtCode":"510104","designCapacityTonnesPerDay":200,
             "latitude":30.62,"longitude":104.10,"activeFrom":"2025-01-01"}""";
    static final String FACILITY_VIEW = """
            {"code":"WX-INC01","name":"万兴环保发电厂","kind":"INCINERATION_PLANT","districtCode":"510112","designCapacityTonnesPerDay":5400.00,
             "activeFrom":"2019-01-01","acceptedCategories":["RESIDUAL"],"acceptedMaterials":[],"capacityHistory":[
             {"effectiveFrom":"2019-01-01","tonnesPerDay":2400.00,"reason":"一期 / phase 1","recordedAt":"2025-01-01T09:00:00+08:00","recordedBy":"admin"},
             {"effectiveFrom":"2026-09-01","tonnesPerDay":5400.00,"reason":"二期投运 / phase 2 in service","recordedAt":"2026-09-01T09:00:00+08:00","recordedBy":"admin"}]}""";
    static final String CAPACITY_CHANGE = """
            {"designCapacityTonnesPerDay":5400,"effectiveFrom":"2026-09-01","reason":"二期投运 / phase 2 in service"}""";
    static final String TRANSFER = """
            {"fromPointCode":"JJ-R01","toFacilityCode":"JJ-SC01","material":"PAPER","weightKg":1250.5,"transferredAt":"2026-03-05T10:15:00+08:00","clientKey":"wb-sc01-000981"}""";
    static final String TRANSFER_ON = """
            {"fromFacilityCode":"JJ-SC01","toFacilityCode":"QBJ-PP01","material":"PAPER","weightKg":18500,"transferredAt":"2026-03-05T15:40:00+08:00"}""";
    static final String MOVEMENT = """
            {"id":5051,"kind":"RECEIPT","toFacilityCode":"JJ-SC01","fromPointCode":"JJ-R01","sourceKind":"POINT","sourceDistrictCode":"510104",
             "residue":false,"category":"RECYCLABLE","material":"PAPER","weightKg":1250.500,"date":"2026-03-05","movedAt":"2026-03-05T10:15:00+08:00",
             "clientKey":"wb-sc01-000981","createdAt":"2026-03-05T10:15:02+08:00","createdBy":"plant-sc01"}""";
    static final String RECEIPT = """
            {"date":"2026-03-05","category":"RESIDUAL","sourceDistrictCode":"510104","weightKg":24800,"clientKey":"wb-wx-20260305-0412"}""";
    static final String RESIDUE_RECEIPT = """
            {"date":"2026-03-05","category":"RESIDUAL","fromFacilityCode":"JJ-SC01","weightKg":1600}""";
    static final String OUTPUT = """
            {"date":"2026-03-05","kind":"PRODUCT","material":"PAPER","product":"打包废纸 / baled paper","weightKg":8200,"clientKey":"pp01-out-0042"}""";
    static final String RESIDUE_OUTPUT = """
            {"date":"2026-03-05","kind":"RESIDUE","toFacilityCode":"WX-INC01","weightKg":1600}""";
    static final String STOCK = """
            {"date":"2026-03-31","stockKg":15400}""";
    static final String CAPACITY = """
            {"facilityCode":"QL-KW01","from":"2026-03-01","to":"2026-03-31","designCapacityTonnesPerDay":100.00,"operatingDays":31,
             "capacityKg":3100000.00,"throughputKg":2790000.000,"utilisation":90.0,"days":[
             {"date":"2026-03-01","intakeKg":104000.000,"capacityKg":100000.00,"utilisation":104.0,"overCapacity":true}]}""";
    static final String CAPACITY_SUMMARY = """
            {"facilityCode":"QL-KW01","from":"2026-03-01","to":"2026-03-31","designCapacityTonnesPerDay":100.00,"operatingDays":31,
             "capacityKg":3100000.00,"throughputKg":2790000.000,"utilisation":90.0,"days":[]}""";
    static final String MASS_BALANCE = """
            {"facilityCode":"JJ-SC01","from":"2026-03-01","to":"2026-03-31","inputKg":4650000.000,"outputsKg":4210000.000,
             "residuesKg":372000.000,"stockChangeKg":48000.000,"disposedKg":0,"imbalanceKg":20000.000,"imbalancePercent":0.43,"tolerancePercent":5,"withinTolerance":true}""";
    static final String FLOWS = """
            {"facilityCode":"JJ-SC01","from":"2026-03-01","to":"2026-03-02","days":[
             {"date":"2026-03-01","inKg":151000.000,"outputsKg":139000.000,"residuesKg":12000.000}]}""";
    static final String ATTRIBUTION = """
            {"facilityCode":"JJ-SC01","from":"2026-03-01","to":"2026-03-31","receivedKg":{"510104":3100000.000,"510105":1550000.000},
             "outputsKg":{"510104":2806666.667,"510105":1403333.333},"residuesKg":{"510104":248000.000,"510105":124000.000}}""";
    static final String ALERT = """
            {"id":7001,"facilityCode":"QL-KW01","date":"2026-03-01","intakeKg":104000.000,"capacityKg":100000.000,
             "raisedAt":"2026-03-01T16:20:00+08:00","confirmed":false}""";
    static final String CONFIRMATION = """
            {"comment":"检修后处理能力临时提高 / temporary extra line after maintenance"}""";
    static final String PROBLEM = """
            {"type":"urn:wastenet:problem:invalid-input","title":"Invalid input","status":400,"detail":"material: facility QBJ-PP01 does not accept GLASS (it accepts [PAPER])",
             "errors":[{"field":"material","message":"facility QBJ-PP01 does not accept GLASS (it accepts [PAPER])"}]}""";

    private Examples() {
    }
}
