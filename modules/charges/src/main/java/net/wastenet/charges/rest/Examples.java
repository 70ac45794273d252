package net.wastenet.charges.rest;

/** The examples of the module's OpenAPI document: the Chengdu demo's tariffs and rates, Jinjiang (锦江区 510104). */
final class Examples {
    /** A next year's version of the non-residential kitchen-waste tariff (the demo's is NR-KITCHEN-2026, its quota set from the demo's pickups). */
    static final String TARIFF = """
            {"code":"NR-KITCHEN-2027","validFrom":"2027-01-01","producerClass":"NON_RESIDENTIAL","category":"KITCHEN","basis":"PER_TONNE",
             "priceYuan":300,"quotaKgPerMonth":3000,"tiers":[{"aboveKg":0,"priceYuan":450},{"aboveKg":2000,"priceYuan":600}],
             "clientKey":"tariff-nr-kitchen-2027"}""";
    static final String TARIFF_VIEW = """
            {"code":"NR-KITCHEN-2027","validFrom":"2027-01-01","producerClass":"NON_RESIDENTIAL","category":"KITCHEN","basis":"PER_TONNE",
             "priceYuan":300.00,"quotaKgPerMonth":3000.000,"tiers":[{"aboveKg":0.000,"priceYuan":450.00},{"aboveKg":2000.000,"priceYuan":600.00}],
             "createdAt":"2026-12-01T08:00:00+08:00","createdBy":"bureau"}""";
    static final String HOUSEHOLD_TARIFF = """
            {"code":"R-RESIDUAL-2026","validFrom":"2026-01-01","producerClass":"RESIDENTIAL","category":"RESIDUAL","basis":"PER_HOUSEHOLD_MONTH",
             "priceYuan":2.50,"clientKey":"tariff-r-residual-2026"}""";
    static final String RATE = """
            {"validFrom":"2026-01-01","facilityKind":"INCINERATION_PLANT","yuanPerTonne":80,"clientKey":"rate-incineration-2026"}""";
    static final String RATE_VIEW = """
            {"id":50,"validFrom":"2026-01-01","facilityKind":"INCINERATION_PLANT","yuanPerTonne":80.00,
             "createdAt":"2026-09-01T08:00:00+08:00","createdBy":"demo"}""";
    static final String STATEMENT = """
            {"producerCode":"JJ-F001","producerName":"锦江川菜馆1","districtCode":"510104","period":"2026-11",
             "lines":[{"category":"KITCHEN","tariffCode":"NR-KITCHEN-2026","weightKg":3000.000,"quotaKg":3000.000,"tier":0,"priceYuan":300.00,"amountYuan":900.00},
                      {"category":"KITCHEN","tariffCode":"NR-KITCHEN-2026","weightKg":2000.000,"quotaKg":3000.000,"tier":1,"priceYuan":450.00,"amountYuan":900.00},
                      {"category":"KITCHEN","tariffCode":"NR-KITCHEN-2026","weightKg":1500.000,"quotaKg":3000.000,"tier":2,"priceYuan":600.00,"amountYuan":900.00}],
             "totalYuan":2700.00,"frozen":false}""";
    static final String COMMUNITY_STATEMENT = """
            {"communityCode":"JJ-C001","communityName":"锦江社区1","districtCode":"510104","period":"2026-11","households":1200,
             "lines":[{"category":"RESIDUAL","tariffCode":"R-RESIDUAL-2026","tier":0,"priceYuan":2.50,"amountYuan":3000.00,"households":1200,"days":30}],
             "totalYuan":3000.00,"frozen":false}""";
    static final String DISTRICT = """
            {"districtCode":"510104","period":"2026-11","totalYuan":61250.40,"residentialYuan":48000.00,"nonResidentialYuan":13250.40,"frozen":true,"version":1}""";
    static final String COMPENSATION = """
            {"period":"2026-11",
             "lines":[{"payerDistrictCode":"510104","hostDistrictCode":"510183","facilityCode":"QL-KW01","facilityKind":"KITCHEN_WASTE_PLANT",
                       "weightKg":412300.500,"yuanPerTonne":60.00,"amountYuan":24738.03,"frozen":false,
                       "records":"/api/v1/indicators/components/C?scope=510104&from=2026-11-01&to=2026-11-30&facilityCode=QL-KW01"}],
             "districts":[{"districtCode":"510104","owedYuan":24738.03,"receivedYuan":0.00,"netYuan":-24738.03},
                          {"districtCode":"510183","owedYuan":0.00,"receivedYuan":24738.03,"netYuan":24738.03}]}""";
    static final String VERSIONS = """
            {"items":[{"districtCode":"510104","period":"2026-11","version":1,"returnPeriod":"2026-11","lockedAt":"2026-12-05T10:00:00+08:00",
                       "lockedBy":"bureau","chargesYuan":61250.40,"compensationOwedYuan":24738.03},
                      {"districtCode":"510104","period":"2026-11","version":2,"returnPeriod":"2026-11","lockedAt":"2026-12-07T16:20:00+08:00",
                       "lockedBy":"bureau","chargesYuan":61380.10,"compensationOwedYuan":24801.55}],"total":2}""";
    static final String PICKUPS = """
            {"items":[{"manifestNo":"KW-20261103-000123","day":"2026-11-03","pickedUpAt":"2026-11-03T21:40:00+08:00","weightKg":180.500}],"total":31}""";
    static final String COMMUNITY_RECORDS = """
            {"items":[{"pointCode":"JJ-P001","day":"2026-11-03","pointWeightKg":152.500,"weighings":2,"households":1200,"householdsServed":1600,
                       "weightKg":114.375}],"total":30}""";
    static final String CSV = """
            kind,code,name,districtCode,period,category,tariffCode,tier,weightKg,quotaKg,households,days,priceYuan,amountYuan,frozen
            producer,JJ-F001,锦江川菜馆1,510104,2026-11,KITCHEN,NR-KITCHEN-2026,0,3000.000,3000.000,,,300.00,900.00,false
            community,JJ-C001,锦江社区1,510104,2026-11,RESIDUAL,R-RESIDUAL-2026,0,,,1200,30,2.50,3000.00,false""";

    private Examples() {
    }
}
