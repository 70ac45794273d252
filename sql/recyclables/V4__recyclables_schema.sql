-- recyclables module: the facility registry (all kinds), every tonne that enters a facility or leaves
-- it as a product, stock reports for the mass balance, and capacity alerts.
create schema recyclables;

create sequence recyclables.id_seq start with 50 increment by 50;

create table recyclables.facility (
    id             bigint        primary key,
    code           varchar(32)   not null,
    name           varchar(128)  not null,
    kind           varchar(32)   not null,
    district_code  varchar(6)    not null,
    latitude       numeric(9, 6),
    longitude      numeric(9, 6),
    active_from    date          not null,
    created_at     timestamp     not null,
    created_by     varchar(64)   not null,
    version        bigint        not null,
    constraint facility_code_uq unique (code),
    constraint facility_kind_ck check (kind in ('SORTING_CENTRE', 'RECYCLING_PROCESSOR', 'KITCHEN_WASTE_PLANT',
        'INCINERATION_PLANT', 'LANDFILL', 'HAZARDOUS_WASTE_FACILITY'))
);
create index facility_district_ix on recyclables.facility (district_code);

-- Empty for a facility means: any material of the categories its kind receives.
create table recyclables.facility_material (
    facility_id  bigint      not null references recyclables.facility (id),
    material     varchar(24) not null,
    primary key (facility_id, material)
);

-- Design capacity is dated: the capacity on a day is the latest change effective on or before it.
create table recyclables.capacity_change (
    id                 bigint         primary key,
    facility_id        bigint         not null references recyclables.facility (id),
    effective_from     date           not null,
    tonnes_per_day     numeric(10, 2) not null,
    reason             varchar(500)   not null,
    recorded_at        timestamp      not null,
    recorded_by        varchar(64)    not null,
    constraint capacity_positive_ck check (tonnes_per_day > 0)
);
create index capacity_change_facility_ix on recyclables.capacity_change (facility_id, effective_from);

-- One row per weighed movement: a receipt into a facility (to_facility set) from a point, a district,
-- a producer or another facility, or a product leaving a facility for the market (to_facility null).
create table recyclables.movement (
    id                    bigint         primary key,
    kind                  varchar(16)    not null,
    to_facility_id        bigint         references recyclables.facility (id),
    to_facility_code      varchar(32),
    from_facility_id      bigint         references recyclables.facility (id),
    from_facility_code    varchar(32),
    from_point_code       varchar(32),
    source_kind           varchar(16),
    source_district_code  varchar(6),
    residue               boolean        not null,
    category              varchar(16)    not null,
    material              varchar(24),
    product               varchar(128),
    weight_kg             numeric(12, 3) not null,
    moved_on              date           not null,
    moved_at              timestamp,
    reference             varchar(64),
    client_key            varchar(64),
    request_hash          varchar(64)    not null,
    created_at            timestamp      not null,
    created_by            varchar(64)    not null,
    version               bigint         not null,
    constraint movement_client_key_uq unique (client_key),
    constraint movement_kind_ck check (kind in ('RECEIPT', 'PRODUCT')),
    constraint movement_source_ck check (source_kind is null or source_kind in ('POINT', 'DISTRICT', 'PRODUCER', 'FACILITY')),
    constraint movement_weight_ck check (weight_kg > 0 and weight_kg <= 100000)
);
create index movement_to_day_ix on recyclables.movement (to_facility_id, moved_on);
create index movement_from_day_ix on recyclables.movement (from_facility_id, moved_on);
create index movement_district_day_ix on recyclables.movement (source_district_code, moved_on);
create index movement_day_ix on recyclables.movement (moved_on);

create table recyclables.stock_report (
    id           bigint         primary key,
    facility_id  bigint         not null references recyclables.facility (id),
    stock_on     date           not null,
    stock_kg     numeric(14, 3) not null,
    recorded_at  timestamp      not null,
    recorded_by  varchar(64)    not null,
    constraint stock_nonnegative_ck check (stock_kg >= 0)
);
create index stock_report_facility_ix on recyclables.stock_report (facility_id, stock_on);

-- A day whose intake exceeded design capacity: kept until someone responsible confirms it.
create table recyclables.capacity_alert (
    id            bigint         primary key,
    facility_id   bigint         not null references recyclables.facility (id),
    facility_code varchar(32)    not null,
    alert_on      date           not null,
    intake_kg     numeric(14, 3) not null,
    capacity_kg   numeric(14, 3) not null,
    raised_at     timestamp      not null,
    confirmed_at  timestamp,
    confirmed_by  varchar(64),
    comment       varchar(500),
    version       bigint         not null,
    constraint capacity_alert_day_uq unique (facility_id, alert_on)
);
