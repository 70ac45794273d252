-- 达标小区 (issue 18): the plan's aim of ten thousand standard communities is a target like the rates' and is kept where they
-- are, in the definition set, versioned and effective-dated (docs/indicators.md, "Definition sets"); the city's indicator
-- answer carries it beside the count. The sets there already are Chengdu's: they take the plan's 10,000.
alter table reporting.definition_set add column target_standard_communities integer;
update reporting.definition_set set target_standard_communities = 10000;
alter table reporting.definition_set add constraint definition_set_target_sc_ck
    check (target_standard_communities is null or target_standard_communities between 1 and 1000000);
