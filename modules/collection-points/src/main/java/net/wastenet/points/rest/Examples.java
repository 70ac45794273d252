package net.wastenet.points.rest;

/** Example bodies shown in the OpenAPI document. */
final class Examples {
    static final String DISTRICT = """
            {"code":"510199","nameZh":"示例区","nameEn":"Example District","kind":"DISTRICT","centralCity":false}""";
    static final String DISTRICT_VIEW = """
            {"code":"510104","nameZh":"锦江区","nameEn":"Jinjiang","kind":"DISTRICT","centralCity":true}""";
    static final String COMMUNITY = """
            {"code":"JJ-C001","name":"春熙花园","districtCode":"510104","street":"春熙路街道","households":1200,"residents":3100,"activeFrom":"2026-01-01"}""";
    static final String POINT = """
            {"code":"JJ-P901","name":"春熙花园东门投放点","kind":"SORTING_POINT","districtCode":"510104","latitude":30.657,"longitude":104.081,
             "acceptedCategories":["RECYCLABLE","HAZARDOUS","KITCHEN","RESIDUAL"],"servedCommunities":["JJ-C001"],"activeFrom":"2026-01-01"}""";
    /** The answer to {@link #POINT}: the new point. */
    static final String POINT_CREATED = """
            {"code":"JJ-P901","name":"春熙花园东门投放点","kind":"SORTING_POINT","districtCode":"510104","latitude":30.657000,"longitude":104.081000,
             "acceptedCategories":["RECYCLABLE","HAZARDOUS","KITCHEN","RESIDUAL"],"servedCommunities":["JJ-C001"],"activeFrom":"2026-01-01","status":"ACTIVE",
             "statusHistory":[{"status":"ACTIVE","effectiveFrom":"2026-01-01","reason":"registered","recordedAt":"2026-01-01T09:00:00+08:00","recordedBy":"admin"}]}""";
    static final String POINT_VIEW = """
            {"code":"JJ-P001","name":"春熙花园东门投放点","kind":"SORTING_POINT","districtCode":"510104","latitude":30.657000,"longitude":104.081000,
             "acceptedCategories":["RECYCLABLE","HAZARDOUS","KITCHEN","RESIDUAL"],"servedCommunities":["JJ-C001"],"activeFrom":"2026-01-01","status":"ACTIVE",
             "statusHistory":[{"status":"ACTIVE","effectiveFrom":"2026-01-01","reason":"registered","recordedAt":"2026-01-01T09:00:00+08:00","recordedBy":"admin"}]}""";
    static final String STATUS = """
            {"status":"SUSPENDED","effectiveFrom":"2026-03-10","reason":"渗滤液收集池维修 / leachate tank repair"}""";
    static final String TONNAGE = """
            {"pointCode":"JJ-P001","category":"KITCHEN","material":"HOUSEHOLD_KITCHEN","weightKg":152.5,"weighedAt":"2026-03-05T08:30:00+08:00","clientKey":"scale-7-000123"}""";
    static final String TONNAGE_VIEW = """
            {"id":1051,"revision":1,"pointCode":"JJ-P001","districtCode":"510104","category":"KITCHEN","material":"HOUSEHOLD_KITCHEN","weightKg":152.500,
             "weighedAt":"2026-03-05T08:30:00+08:00","clientKey":"scale-7-000123","createdAt":"2026-03-05T08:30:04+08:00","createdBy":"station01"}""";
    static final String TONNAGE_WITH_REVISIONS = """
            {"id":1051,"revision":2,"pointCode":"JJ-P001","districtCode":"510104","category":"KITCHEN","material":"HOUSEHOLD_KITCHEN","weightKg":125.000,
             "weighedAt":"2026-03-05T08:30:00+08:00","createdAt":"2026-03-05T08:30:04+08:00","createdBy":"station01","revisions":[
             {"revision":1,"category":"KITCHEN","material":"HOUSEHOLD_KITCHEN","weightKg":152.500,"recordedAt":"2026-03-05T08:30:04+08:00","recordedBy":"station01"},
             {"revision":2,"category":"KITCHEN","material":"HOUSEHOLD_KITCHEN","weightKg":125.000,"reason":"秤读数录入错误 / scale reading mistyped","recordedAt":"2026-03-05T09:02:11+08:00","recordedBy":"station01"}]}""";
    static final String CORRECTION = """
            {"weightKg":125.0,"reason":"秤读数录入错误 / scale reading mistyped","basedOnRevision":1}""";
    static final String CSV = """
            pointCode,category,material,weightKg,weighedAt,clientKey
            JJ-P001,KITCHEN,HOUSEHOLD_KITCHEN,152.5,2026-03-05T08:30:00+08:00,scale-7-000123
            JJ-P001,RECYCLABLE,PAPER,-3,2026-03-05T09:10:00+08:00,
            """;
    static final String IMPORT_RESULT = """
            {"accepted":1,"alreadyStored":0,"rejected":[{"line":3,"field":"weightKg","message":"must be greater than 0 kg"}]}""";
    static final String PROBLEM = """
            {"type":"urn:wastenet:problem:invalid-input","title":"Invalid input","status":400,
             "detail":"weightKg must be greater than 0 kg","errors":[{"field":"weightKg","message":"must be greater than 0 kg"}]}""";
    static final String NUMBER_TOO_LONG = """
            {"type":"urn:wastenet:problem:malformed","title":"Malformed request body","status":400,
             "detail":"weightKg must be a number of at most 32 characters","errors":[{"field":"weightKg","message":"must be a number of at most 32 characters"}]}""";
    static final String NOT_FOUND = """
            {"type":"urn:wastenet:problem:unknown-code","title":"Unknown code","status":404,
             "detail":"no collection point has the code 'XX-1'","errors":[{"field":"pointCode","message":"no collection point has the code 'XX-1'"}]}""";
    static final String CONFLICT = """
            {"type":"urn:wastenet:problem:conflict","title":"Conflict","status":409,
             "detail":"client key 'scale-7-000123' was already used for a different record","errors":[{"field":"clientKey","message":"client key 'scale-7-000123' was already used for a different record"}]}""";

    private Examples() {
    }
}
