-- kitchen-waste module: sources (points are the collection-points module's; producers are here),
-- haulers and vehicles, routes and runs, the three-party manifest, treatment at kitchen-waste plants.
create schema kitchen;

create sequence kitchen.id_seq start with 50 increment by 50;

create table kitchen.producer (
    id             bigint       primary key,
    code           varchar(32)  not null,
    name           varchar(128) not null,
    kind           varchar(16)  not null,
    district_code  varchar(6)   not null,
    active_from    date         not null,
    created_at     timestamp    not null,
    created_by     varchar(64)  not null,
    constraint producer_code_uq unique (code),
    constraint producer_kind_ck check (kind in ('RESTAURANT', 'CANTEEN', 'MARKET'))
);

create table kitchen.hauler (
    id          bigint       primary key,
    code        varchar(32)  not null,
    name        varchar(128) not null,
    created_at  timestamp    not null,
    created_by  varchar(64)  not null,
    constraint hauler_code_uq unique (code)
);

create table kitchen.vehicle (
    id           bigint         primary key,
    code         varchar(32)    not null,
    hauler_code  varchar(32)    not null references kitchen.hauler (code),
    capacity_kg  numeric(12, 3) not null,
    created_at   timestamp      not null,
    created_by   varchar(64)    not null,
    constraint vehicle_code_uq unique (code),
    constraint vehicle_capacity_ck check (capacity_kg > 0)
);

create table kitchen.route (
    id           bigint       primary key,
    code         varchar(32)  not null,
    name         varchar(128) not null,
    hauler_code  varchar(32)  not null references kitchen.hauler (code),
    created_at   timestamp    not null,
    created_by   varchar(64)  not null,
    constraint route_code_uq unique (code)
);

create table kitchen.route_stop (
    route_id     bigint      not null references kitchen.route (id),
    position     integer     not null,
    source_kind  varchar(16) not null,
    source_code  varchar(32) not null,
    primary key (route_id, position),
    constraint route_stop_kind_ck check (source_kind in ('POINT', 'PRODUCER'))
);

create table kitchen.run (
    id            bigint      primary key,
    route_code    varchar(32) not null,
    vehicle_code  varchar(32) not null,
    hauler_code   varchar(32) not null,
    run_on        date        not null,
    created_at    timestamp   not null,
    created_by    varchar(64) not null,
    constraint run_uq unique (vehicle_code, run_on, route_code)
);

-- 收运联单: handed over at the source, signed by the hauler at pickup, closed by the plant's weighbridge.
create table kitchen.manifest (
    id                    bigint         primary key,
    manifest_no           varchar(32)    not null,
    source_kind           varchar(16)    not null,
    source_code           varchar(32)    not null,
    source_district_code  varchar(6)     not null,
    material              varchar(24)    not null,
    hauler_code           varchar(32)    not null,
    vehicle_code          varchar(32)    not null,
    run_id                bigint,
    weight_kg             numeric(12, 3) not null,
    picked_up_at          timestamp      not null,
    handed_over_by        varchar(64),
    signed_by             varchar(64)    not null,
    status                varchar(16)    not null,
    delivery_no           varchar(32),
    facility_code         varchar(32),
    delivered_kg          numeric(12, 3),
    delivered_at          timestamp,
    confirmed_by          varchar(64),
    discrepancy_kg        numeric(12, 3),
    discrepancy_flag      boolean,
    receipt_id            bigint,
    client_key            varchar(64),
    request_hash          varchar(64)    not null,
    created_at            timestamp      not null,
    version               bigint         not null,
    constraint manifest_no_uq unique (manifest_no),
    constraint manifest_client_key_uq unique (client_key),
    constraint manifest_status_ck check (status in ('PICKED_UP', 'DELIVERED')),
    constraint manifest_weight_ck check (weight_kg > 0 and weight_kg <= 100000)
);
create index manifest_status_ix on kitchen.manifest (status, picked_up_at);
create index manifest_vehicle_ix on kitchen.manifest (vehicle_code, status);
create index manifest_hauler_ix on kitchen.manifest (hauler_code, picked_up_at);
create index manifest_facility_ix on kitchen.manifest (facility_code, delivered_at);

create table kitchen.treatment (
    id              bigint         primary key,
    facility_code   varchar(32)    not null,
    treated_on      date           not null,
    input_kg        numeric(12, 3) not null,
    impurities_kg   numeric(12, 3) not null,
    biogas_nm3      numeric(14, 3) not null,
    crude_oil_kg    numeric(12, 3) not null,
    digestate_kg    numeric(12, 3) not null,
    client_key      varchar(64),
    request_hash    varchar(64)    not null,
    created_at      timestamp      not null,
    created_by      varchar(64)    not null,
    constraint treatment_client_key_uq unique (client_key),
    constraint treatment_amounts_ck check (input_kg > 0 and impurities_kg >= 0 and impurities_kg <= input_kg)
);
create index treatment_facility_day_ix on kitchen.treatment (facility_code, treated_on);

create table kitchen.treatment_residue (
    treatment_id      bigint         not null references kitchen.treatment (id),
    position          integer        not null,
    to_facility_code  varchar(32)    not null,
    weight_kg         numeric(12, 3) not null,
    receipt_id        bigint         not null,
    primary key (treatment_id, position)
);
