-- reporting module: its own read model (fed by the other modules' events in the writing
-- transaction, rebuildable from their records) and the indicator definition sets.
create schema reporting;

create sequence reporting.id_seq start with 50 increment by 50;

-- One row per receipt into a facility or product out of one (recyclables' ReceiptRecorded).
create table reporting.receipt_fact (
    movement_id         bigint         primary key,
    fact_on             date           not null,
    kind                varchar(16)    not null,
    to_facility_code    varchar(32),
    to_kind             varchar(32),
    from_facility_code  varchar(32),
    from_kind           varchar(32),
    source_kind         varchar(16),
    district_code       varchar(6),
    residue             boolean        not null,
    category            varchar(16)    not null,
    weight_kg           numeric(12, 3) not null
);
create index receipt_fact_day_ix on reporting.receipt_fact (fact_on);

-- One row per treatment at a kitchen-waste plant (kitchen-waste's TreatmentRecorded).
create table reporting.treatment_fact (
    treatment_id   bigint         primary key,
    fact_on        date           not null,
    facility_code  varchar(32)    not null,
    input_kg       numeric(12, 3) not null,
    impurities_kg  numeric(12, 3) not null
);
create index treatment_fact_day_ix on reporting.treatment_fact (fact_on);

-- Coverage evidence: one row per weighing at a point whose current revision is kitchen waste or was.
create table reporting.kitchen_log (
    log_id      bigint      primary key,
    point_code  varchar(32) not null,
    fact_on     date        not null,
    kitchen     boolean     not null
);
create index kitchen_log_day_ix on reporting.kitchen_log (fact_on, point_code);

-- Definitions are data: the set effective on a period's last day computes that period.
-- The shipped set takes id 0, below the block of ids the sequence hands out.
create table reporting.definition_set (
    id               bigint        primary key,
    name             varchar(64)   not null,
    effective_from   date          not null,
    k_incineration   numeric(5, 4) not null,
    k_kitchen        numeric(5, 4) not null,
    k_landfill       numeric(5, 4) not null,
    target_coverage  numeric(5, 2) not null,
    target_recovery  numeric(5, 2) not null,
    target_resource  numeric(5, 2) not null,
    target_harmless  numeric(5, 2) not null,
    coverage_rule    varchar(32)   not null,
    note             varchar(500),
    created_at       timestamp     not null,
    created_by       varchar(64)   not null,
    constraint definition_set_name_uq unique (name),
    constraint definition_set_k_ck check (k_incineration between 0 and 1 and k_kitchen between 0 and 1 and k_landfill between 0 and 1)
);

insert into reporting.definition_set (id, name, effective_from, k_incineration, k_kitchen, k_landfill, target_coverage,
    target_recovery, target_resource, target_harmless, coverage_rule, note, created_at, created_by)
values (0, 'default-1', date '2000-01-01', 0.6000, 1.0000, 0.0000, 93.00, 35.00, 65.00, 100.00, 'ALL_FOUR_AND_KITCHEN_LOGGED',
    'WasteNet default, to be replaced by the bureau''s own coefficients (docs/indicators.md)', current_timestamp, 'migration');
