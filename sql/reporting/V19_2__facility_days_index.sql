-- The completeness board asks which days each of a district's facilities had a record: by facility and day,
-- instead of reading every receipt of the city's period.
create index receipt_fact_to_ix on reporting.receipt_fact (to_facility_code, fact_on);
create index receipt_fact_from_ix on reporting.receipt_fact (from_facility_code, fact_on);
create index treatment_fact_facility_ix on reporting.treatment_fact (facility_code, fact_on);
