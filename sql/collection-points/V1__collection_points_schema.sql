-- collection-points module: districts, communities, collection points of both networks
-- (两网融合), their status history, and the station tonnage log with its revisions.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.

create schema points;

-- EclipseLink reads a value as the last id of a block of 50: the sequence starts at its increment.
create sequence points.id_seq start with 50 increment by 50;

create table points.district (
    code          varchar(6)   primary key,
    name_zh       varchar(64)  not null,
    name_en       varchar(64)  not null,
    kind          varchar(16)  not null,
    central_city  boolean      not null,
    created_at    timestamp    not null,
    created_by    varchar(64)  not null,
    constraint district_kind_ck check (kind in ('DISTRICT', 'COUNTY', 'COUNTY_CITY', 'FUNCTIONAL_ZONE'))
);

create table points.community (
    id             bigint       primary key,
    code           varchar(32)  not null,
    name           varchar(128) not null,
    district_code  varchar(6)   not null references points.district (code),
    street         varchar(64),
    households     integer      not null,
    residents      integer      not null,
    active_from    date         not null,
    created_at     timestamp    not null,
    created_by     varchar(64)  not null,
    version        bigint       not null,
    constraint community_code_uq unique (code),
    constraint community_households_ck check (households >= 0 and residents >= 0)
);
create index community_district_ix on points.community (district_code);

create table points.collection_point (
    id             bigint        primary key,
    code           varchar(32)   not null,
    name           varchar(128)  not null,
    kind           varchar(24)   not null,
    district_code  varchar(6)    not null references points.district (code),
    latitude       numeric(9, 6) not null,
    longitude      numeric(9, 6) not null,
    active_from    date          not null,
    created_at     timestamp     not null,
    created_by     varchar(64)   not null,
    version        bigint        not null,
    constraint point_code_uq unique (code),
    constraint point_kind_ck check (kind in ('SORTING_POINT', 'COLLECTION_STATION', 'RECYCLING_OUTLET', 'MERGED_SERVICE_POINT'))
);
create index point_district_ix on points.collection_point (district_code);

create table points.point_category (
    point_id  bigint      not null references points.collection_point (id),
    category  varchar(16) not null,
    primary key (point_id, category),
    constraint point_category_ck check (category in ('RECYCLABLE', 'HAZARDOUS', 'KITCHEN', 'RESIDUAL'))
);

create table points.point_community (
    point_id        bigint      not null references points.collection_point (id),
    community_code  varchar(32) not null references points.community (code),
    primary key (point_id, community_code)
);
create index point_community_community_ix on points.point_community (community_code);

-- Append-only: a point's status on any date is the latest change effective on or before it.
create table points.point_status_change (
    id              bigint       primary key,
    point_id        bigint       not null references points.collection_point (id),
    status          varchar(16)  not null,
    effective_from  date         not null,
    reason          varchar(500) not null,
    recorded_at     timestamp    not null,
    recorded_by     varchar(64)  not null,
    constraint point_status_ck check (status in ('ACTIVE', 'SUSPENDED', 'CLOSED'))
);
create index point_status_point_ix on points.point_status_change (point_id, effective_from);

-- One row per weighing, holding its current revision; every revision stays in tonnage_revision.
create table points.tonnage_log (
    id             bigint         primary key,
    point_id       bigint         not null references points.collection_point (id),
    point_code     varchar(32)    not null,
    district_code  varchar(6)     not null,
    category       varchar(16)    not null,
    material       varchar(24),
    weight_kg      numeric(12, 3) not null,
    weighed_at     timestamp      not null,
    weighed_on     date           not null,
    revision       integer        not null,
    client_key     varchar(64),
    request_hash   varchar(64)    not null,
    created_at     timestamp      not null,
    created_by     varchar(64)    not null,
    version        bigint         not null,
    constraint tonnage_client_key_uq unique (client_key),
    constraint tonnage_weight_ck check (weight_kg > 0 and weight_kg <= 100000)
);
create index tonnage_point_day_ix on points.tonnage_log (point_id, weighed_on);
create index tonnage_district_day_ix on points.tonnage_log (district_code, weighed_on);
create index tonnage_day_ix on points.tonnage_log (weighed_on);

create table points.tonnage_revision (
    log_id       bigint         not null references points.tonnage_log (id),
    revision     integer        not null,
    category     varchar(16)    not null,
    material     varchar(24),
    weight_kg    numeric(12, 3) not null,
    reason       varchar(500),
    recorded_at  timestamp      not null,
    recorded_by  varchar(64)    not null,
    primary key (log_id, revision)
);
