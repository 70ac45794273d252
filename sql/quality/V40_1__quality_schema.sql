-- quality module (issue 18, 达标小区): rubrics versioned by valid_from, the roster of inspectors drawn by the
-- double-random plans with the communities each lives in or serves, the plans, photos (bytes kept here, with
-- their SHA-256), inspections with their scores, vetoes and photos, and rectifications.
create schema quality;

create sequence quality.id_seq start with 50 increment by 50;

-- 评分细则: the bureau adds a version; an inspection is scored by the one valid on its day (latest valid_from).
create table quality.rubric (
    id             bigint        primary key,
    code           varchar(32)   not null,
    name           varchar(128)  not null,
    valid_from     date          not null,
    pass_score     numeric(6, 1) not null,
    standard_rule  varchar(64)   not null,
    created_at     timestamp     not null,
    created_by     varchar(64)   not null,
    constraint rubric_code_uq unique (code),
    constraint rubric_valid_from_uq unique (valid_from),
    constraint rubric_pass_score_ck check (pass_score >= 0)
);

create table quality.rubric_item (
    rubric_id  bigint        not null references quality.rubric (id),
    position   integer       not null,
    code       varchar(32)   not null,
    name       varchar(128)  not null,
    max_score  numeric(6, 1) not null,
    veto       boolean       not null,
    primary key (rubric_id, position),
    constraint rubric_item_max_ck check (max_score >= 0)
);

-- 检查人员名录库: who the double-random draw may pick in a district, and the communities each lives in
-- (HOME) or serves (SERVES), which the draw never gives them.
create table quality.inspector (
    username    varchar(64)  primary key,
    updated_at  timestamp    not null,
    updated_by  varchar(64)  not null,
    version     bigint       not null
);

create table quality.inspector_district (
    username       varchar(64) not null references quality.inspector (username),
    district_code  varchar(6)  not null,
    primary key (username, district_code)
);

create index inspector_district_ix on quality.inspector_district (district_code);

create table quality.inspector_community (
    username        varchar(64) not null references quality.inspector (username),
    community_code  varchar(32) not null,
    relation        varchar(8)  not null,
    primary key (username, community_code),
    constraint inspector_community_relation_ck check (relation in ('HOME', 'SERVES'))
);

-- 双随机: one plan per district and month; its seed draws it again.
create table quality.inspection_plan (
    id                 bigint       primary key,
    district_code      varchar(6)   not null,
    period             varchar(7)   not null,
    seed               bigint       not null,
    communities_drawn  integer      not null,
    drawn_at           timestamp    not null,
    drawn_by           varchar(64)  not null,
    version            bigint       not null,
    constraint inspection_plan_uq unique (district_code, period)
);

-- no key over (plan_id, position): a redraw rewrites the list, and EclipseLink moves rows' positions one by one
create table quality.plan_assignment (
    plan_id         bigint      not null references quality.inspection_plan (id),
    position        integer     not null,
    community_code  varchar(32) not null,
    inspector       varchar(64) not null
);

create index plan_assignment_plan_ix on quality.plan_assignment (plan_id, position);

create table quality.photo (
    id            bigint       primary key,
    sha256        varchar(64)  not null,
    content_type  varchar(16)  not null,
    size_bytes    integer      not null,
    uploaded_at   timestamp    not null,
    uploaded_by   varchar(64)  not null,
    -- the SHA-256 is the upload's client key: the same image sent again by the same user is stored once
    constraint photo_sha256_uq unique (sha256, uploaded_by),
    constraint photo_type_ck check (content_type in ('image/jpeg', 'image/png')),
    constraint photo_size_ck check (size_bytes > 0)
);

create table quality.photo_content (
    photo_id  bigint  primary key references quality.photo (id),
    bytes     bytea   not null
);

create table quality.inspection (
    id                 bigint        primary key,
    community_code     varchar(32)   not null,
    district_code      varchar(6)    not null,
    inspected_at       timestamp     not null,
    inspected_on       date          not null,
    rubric_code        varchar(32)   not null,
    total_score        numeric(7, 1) not null,
    pass_score         numeric(6, 1) not null,
    passed             boolean       not null,
    planned            boolean       not null,
    plan_id            bigint,
    comment            varchar(1000),
    latitude           numeric(9, 6),
    longitude          numeric(9, 6),
    rectification_id   bigint,
    client_key         varchar(64),
    request_hash       varchar(64)   not null,
    created_at         timestamp     not null,
    created_by         varchar(64)   not null,
    constraint inspection_client_key_uq unique (client_key, created_by)
);

create index inspection_community_day_ix on quality.inspection (community_code, inspected_on);
create index inspection_district_day_ix on quality.inspection (district_code, inspected_on);
create index inspection_plan_ix on quality.inspection (plan_id);

create table quality.inspection_score (
    inspection_id  bigint        not null references quality.inspection (id),
    position       integer       not null,
    item_code      varchar(32)   not null,
    score          numeric(6, 1) not null,
    primary key (inspection_id, position)
);

create table quality.inspection_veto (
    inspection_id  bigint      not null references quality.inspection (id),
    item_code      varchar(32) not null,
    primary key (inspection_id, item_code)
);

create table quality.inspection_photo (
    inspection_id  bigint  not null references quality.inspection (id),
    position       integer not null,
    photo_id       bigint  not null references quality.photo (id),
    primary key (inspection_id, position)
);

create index inspection_photo_ix on quality.inspection_photo (photo_id);

-- 整改: opened by a failed inspection, completed by the district's officer, closed by a passing re-inspection.
create table quality.rectification (
    id                    bigint        primary key,
    community_code        varchar(32)   not null,
    district_code         varchar(6)    not null,
    opened_by_inspection  bigint        not null references quality.inspection (id),
    opened_at             timestamp     not null,
    opened_on             date          not null,
    due_date              date          not null,
    status                varchar(16)   not null,
    completed_at          timestamp,
    completed_on          date,
    completed_by          varchar(64),
    completion_comment    varchar(1000),
    closed_by_inspection  bigint,
    closed_on             date,
    version               bigint        not null,
    constraint rectification_status_ck check (status in ('OPEN', 'COMPLETED', 'CLOSED'))
);

create index rectification_community_ix on quality.rectification (community_code, opened_on);
create index rectification_district_ix on quality.rectification (district_code, status);

create table quality.rectification_photo (
    rectification_id  bigint  not null references quality.rectification (id),
    position          integer not null,
    photo_id          bigint  not null references quality.photo (id),
    primary key (rectification_id, position)
);

create index rectification_photo_ix on quality.rectification_photo (photo_id);
