package net.wastenet.kitchen.rest;

/** Example bodies shown in the OpenAPI document. */
final class Examples {
    static final String HAULER = """
            {"code":"H01","name":"成都环境集团收运一公司"}""";
    static final String VEHICLE = """
            {"code":"川A12345","haulerCode":"H01","capacityKg":8000}""";
    static final String PRODUCER = """
            {"code":"JJ-F0001","name":"春熙路火锅店","kind":"RESTAURANT","districtCode":"510104","activeFrom":"2026-01-01"}""";
    static final String ROUTE = """
            {"code":"H01-JJ-1","name":"锦江一线","haulerCode":"H01","stops":[{"pointCode":"JJ-P001"},{"producerCode":"JJ-F0001"}],"destinationFacilityCode":"QL-KW01"}""";
    static final String ROUTE_VIEW = """
            {"code":"H01-JJ-1","name":"锦江一线","haulerCode":"H01","stops":[{"sourceKind":"POINT","sourceCode":"JJ-P001"},{"sourceKind":"PRODUCER","sourceCode":"JJ-F0001"}],"destinationFacilityCode":"QL-KW01"}""";
    static final String RUN = """
            {"routeCode":"H01-JJ-1","vehicleCode":"川A12345","date":"2026-03-05"}""";
    static final String RUN_VIEW = """
            {"id":3051,"routeCode":"H01-JJ-1","vehicleCode":"川A12345","haulerCode":"H01","date":"2026-03-05"}""";
    static final String PICKUP = """
            {"sourcePointCode":"JJ-P001","haulerCode":"H01","vehicleCode":"川A12345","weightKg":640.5,"pickedUpAt":"2026-03-05T07:40:00+08:00","destinationFacilityCode":"QL-KW01","clientKey":"h01-a12345-20260305-07"}""";
    static final String MANIFEST = """
            {"manifestNo":"KW-20260305-3101","status":"PICKED_UP","sourceKind":"POINT","sourceCode":"JJ-P001","sourceDistrictCode":"510104",
             "material":"HOUSEHOLD_KITCHEN","haulerCode":"H01","vehicleCode":"川A12345","weightKg":640.500,"pickedUpAt":"2026-03-05T07:40:00+08:00",
             "signedBy":"hauler01","destinationFacilityCode":"QL-KW01","overdue":false,"clientKey":"h01-a12345-20260305-07"}""";
    static final String DIVERSION = """
            {"toFacilityCode":"JY-KW02","reason":"邛崃厂检修，改送简阳"}""";
    static final String DELIVERY = """
            {"facilityCode":"QL-KW01","weightKg":652.0,"deliveredAt":"2026-03-05T11:20:00+08:00"}""";
    static final String DELIVERED = """
            {"manifestNo":"KW-20260305-3101","status":"DELIVERED","sourceKind":"POINT","sourceCode":"JJ-P001","sourceDistrictCode":"510104",
             "material":"HOUSEHOLD_KITCHEN","haulerCode":"H01","vehicleCode":"川A12345","weightKg":640.500,"pickedUpAt":"2026-03-05T07:40:00+08:00",
             "signedBy":"hauler01","destinationFacilityCode":"QL-KW01","deliveryNo":"D-KW-20260305-3101","facilityCode":"QL-KW01","deliveredKg":652.000,
             "deliveredAt":"2026-03-05T11:20:00+08:00","confirmedBy":"plant-ql","discrepancyKg":11.500,"discrepancyFlag":false,"receiptId":88051,"overdue":false}""";
    static final String MULTI = """
            {"facilityCode":"QL-KW01","weightKg":5200,"deliveredAt":"2026-03-05T11:20:00+08:00","manifestNos":["KW-20260305-3101","KW-20260305-3102"]}""";
    static final String TREATMENT = """
            {"facilityCode":"QL-KW01","date":"2026-03-05","inputKg":95000,"impuritiesKg":9000,"biogasNm3":7600,"crudeOilKg":2800,"digestateKg":21000,
             "residues":[{"toFacilityCode":"WX-INC01","weightKg":9000}],"clientKey":"ql-treat-20260305"}""";
    static final String TREATMENT_VIEW = """
            {"id":4051,"facilityCode":"QL-KW01","date":"2026-03-05","inputKg":95000.000,"impuritiesKg":9000.000,"treatedKg":86000.000,"biogasNm3":7600.000,
             "crudeOilKg":2800.000,"digestateKg":21000.000,"residues":[{"toFacilityCode":"WX-INC01","weightKg":9000.000,"receiptId":88101}],
             "clientKey":"ql-treat-20260305","createdAt":"2026-03-05T20:10:00+08:00","createdBy":"plant-ql"}""";
    static final String PROBLEM = """
            {"type":"urn:wastenet:problem:invalid-input","title":"Invalid input","status":400,"detail":"weightKg: vehicle 川A12345 carries at most 8000 kg and has 7600 kg on board",
             "errors":[{"field":"weightKg","message":"vehicle 川A12345 carries at most 8000 kg and has 7600 kg on board"}]}""";

    static final String REFUSAL = """
            {"sourcePointCode":"JJ-P001","haulerCode":"H01","refusedAt":"2026-03-05T07:40:00+08:00","reason":"厨余桶内混有大量塑料袋","photoIds":[],"clientKey":"h01-refusal-jj-p001-20260305"}""";
    static final String REFUSAL_VIEW = """
            {"id":5051,"sourcePointCode":"JJ-P001","districtCode":"510104","haulerCode":"H01","refusedAt":"2026-03-05T07:40:00+08:00",
             "reason":"厨余桶内混有大量塑料袋","photoIds":[],"dueDate":"2026-03-08","status":"OPEN","overdue":false,"repeated":false,
             "clientKey":"h01-refusal-jj-p001-20260305","createdAt":"2026-03-05T07:41:00+08:00","createdBy":"hauler01"}""";
    static final String REFUSAL_CLOSED = """
            {"id":5051,"sourcePointCode":"JJ-P001","districtCode":"510104","haulerCode":"H01","refusedAt":"2026-03-05T07:40:00+08:00",
             "reason":"厨余桶内混有大量塑料袋","photoIds":[],"dueDate":"2026-03-08","status":"CLOSED","overdue":false,"repeated":false,
             "closedAt":"2026-03-06T07:35:00+08:00","closedByManifestNo":"KW-20260306-3151",
             "clientKey":"h01-refusal-jj-p001-20260305","createdAt":"2026-03-05T07:41:00+08:00","createdBy":"hauler01"}""";
    static final String REFUSAL_PROBLEM = """
            {"type":"urn:wastenet:problem:invalid-input","title":"Invalid input","status":400,"detail":"sourcePointCode: point JJ-R001 takes no kitchen waste",
             "errors":[{"field":"sourcePointCode","message":"point JJ-R001 takes no kitchen waste"}]}""";
    static final String DELIVERY_REJECTED = """
            {"facilityCode":"QL-KW01","weightKg":652.0,"deliveredAt":"2026-03-05T11:20:00+08:00","rejectedKg":120.5,"rejectionReason":"混有大量塑料袋和玻璃","rejectedToFacilityCode":"WX-INC01"}""";
    static final String DELIVERED_REJECTED = """
            {"manifestNo":"KW-20260305-3101","status":"DELIVERED","sourceKind":"POINT","sourceCode":"JJ-P001","sourceDistrictCode":"510104",
             "material":"HOUSEHOLD_KITCHEN","haulerCode":"H01","vehicleCode":"川A12345","weightKg":640.500,"pickedUpAt":"2026-03-05T07:40:00+08:00",
             "signedBy":"hauler01","destinationFacilityCode":"QL-KW01","deliveryNo":"D-KW-20260305-3101","facilityCode":"QL-KW01","deliveredKg":652.000,
             "deliveredAt":"2026-03-05T11:20:00+08:00","confirmedBy":"plant-ql","discrepancyKg":11.500,"discrepancyFlag":false,"receiptId":88051,"overdue":false,
             "acceptedKg":531.500,"rejectedKg":120.500,"rejectionReason":"混有大量塑料袋和玻璃","rejectedToFacilityCode":"WX-INC01","rejectionReceiptId":88052}""";
    static final String REJECTION_PROBLEM = """
            {"type":"urn:wastenet:problem:invalid-input","title":"Invalid input","status":400,"detail":"rejectedToFacilityCode: JY-KW02 is not an incineration plant or landfill",
             "errors":[{"field":"rejectedToFacilityCode","message":"JY-KW02 is not an incineration plant or landfill"}]}""";

    private Examples() {
    }
}
