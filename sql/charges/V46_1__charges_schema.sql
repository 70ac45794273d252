-- charges module (issue 19, items 1 and 2): the bureau's tariffs (收费标准) per producer class and category with their
-- quota tiers, and compensation rates (跨区处理环境补偿标准) per facility kind, both versioned by valid_from (a correction
-- adds a version); and each district's charges and compensation of a month frozen at every lock of its return.
create schema charges;

create sequence charges.id_seq start with 50 increment by 50;

create table charges.tariff (
    id                  bigint         primary key,
    code                varchar(32)    not null,
    valid_from          date           not null,
    producer_class      varchar(16)    not null,
    category            varchar(16)    not null,
    basis               varchar(24)    not null,
    price_yuan          numeric(12, 2) not null,
    quota_kg_per_month  numeric(15, 3),
    client_key          varchar(64),
    request_hash        varchar(64),
    created_at          timestamp      not null,
    created_by          varchar(64)    not null,
    constraint tariff_code_uq unique (code),
    constraint tariff_key_uq unique (created_by, client_key),
    constraint tariff_class_ck check (producer_class in ('RESIDENTIAL', 'NON_RESIDENTIAL')),
    constraint tariff_category_ck check (category in ('RECYCLABLE', 'HAZARDOUS', 'KITCHEN', 'RESIDUAL')),
    constraint tariff_basis_ck check (basis in ('PER_TONNE', 'PER_HOUSEHOLD_MONTH')),
    constraint tariff_price_ck check (price_yuan >= 0)
);

create index tariff_version_ix on charges.tariff (producer_class, category, valid_from);

-- the tiers above a tariff's monthly quota: from above_kg past the quota, each kilogram at price_yuan a tonne
create table charges.tariff_tier (
    tariff_id   bigint         not null references charges.tariff (id),
    position    integer        not null,
    above_kg    numeric(15, 3) not null,
    price_yuan  numeric(12, 2) not null,
    primary key (tariff_id, position),
    constraint tariff_tier_ck check (above_kg >= 0 and price_yuan >= 0)
);

create table charges.compensation_rate (
    id              bigint         primary key,
    valid_from      date           not null,
    facility_kind   varchar(32)    not null,
    yuan_per_tonne  numeric(12, 2) not null,
    client_key      varchar(64),
    request_hash    varchar(64),
    created_at      timestamp      not null,
    created_by      varchar(64)    not null,
    constraint compensation_rate_key_uq unique (created_by, client_key),
    constraint compensation_rate_kind_ck check (facility_kind in ('KITCHEN_WASTE_PLANT', 'INCINERATION_PLANT', 'LANDFILL',
                                                                  'HAZARDOUS_WASTE_FACILITY')),
    constraint compensation_rate_ck check (yuan_per_tonne >= 0)
);

-- a district's statements and the compensation it pays for a month, as they stood at a lock of its return (JSON)
create table charges.frozen_month (
    id             bigint           primary key,
    district_code  varchar(6)       not null,
    for_month      varchar(7)       not null,
    version        integer          not null,
    return_period  varchar(7)       not null,
    locked_at      timestamp        not null,
    locked_by      varchar(64)      not null,
    figures        varchar(1000000) not null,
    constraint frozen_month_uq unique (district_code, for_month, version)
);
