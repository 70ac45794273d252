-- Reporting, second step: every station weighing as a fact (coverage evidence, completeness, the
-- point-day warning rule), district returns with their transitions and signed figures, kept warnings.

-- One row per weighing (its current revision): replaces kitchen_log, which held the kitchen-waste ones only.
create table reporting.point_log (
    log_id         bigint         primary key,
    point_code     varchar(32)    not null,
    district_code  varchar(6)     not null,
    fact_on        date           not null,
    category       varchar(16)    not null,
    weight_kg      numeric(12, 3) not null
);
create index point_log_point_ix on reporting.point_log (point_code, fact_on);
create index point_log_day_ix on reporting.point_log (fact_on, category, point_code);
create index point_log_district_ix on reporting.point_log (district_code, fact_on);
drop table reporting.kitchen_log;

-- A migration that changes the read model's shape asks for a rebuild at the next start.
create table reporting.rebuild_request (
    reason  varchar(200) not null
);
insert into reporting.rebuild_request (reason) values ('V7: point_log replaces kitchen_log');

-- A district's monthly (2026-09) or quarterly (2026-Q3) return. Absent until its first transition: DRAFT.
create table reporting.district_return (
    id             bigint      primary key,
    district_code  varchar(6)  not null,
    period         varchar(7)  not null,
    period_from    date        not null,
    period_to      date        not null,
    status         varchar(16) not null,
    submitted_at   timestamp,
    lock_count     integer     not null,
    version        bigint      not null,
    constraint district_return_uq unique (district_code, period),
    constraint district_return_status_ck check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'LOCKED'))
);
create index district_return_lock_ix on reporting.district_return (district_code, status, period_from, period_to);

-- Every transition, append-only: who, when, why.
create table reporting.return_transition (
    id           bigint       primary key,
    return_id    bigint       not null references reporting.district_return (id),
    action       varchar(16)  not null,
    from_status  varchar(16)  not null,
    to_status    varchar(16)  not null,
    reason       varchar(500),
    acted_at     timestamp    not null,
    acted_by     varchar(64)  not null
);
create index return_transition_ix on reporting.return_transition (return_id, id);

-- The figures as signed at each lock, with the definition set they used; a re-lock adds a version.
create table reporting.signed_return (
    id              bigint         primary key,
    return_id       bigint         not null references reporting.district_return (id),
    lock_no         integer        not null,
    signed_at       timestamp      not null,
    signed_by       varchar(64)    not null,
    definition_set  varchar(64)    not null,
    figures         varchar(20000) not null,
    constraint signed_return_uq unique (return_id, lock_no)
);

-- Soft warnings, kept with what raised them and confirmed once with a comment.
create table reporting.warning (
    id            bigint       primary key,
    kind          varchar(32)  not null,
    district_code varchar(6)   not null,
    fact_on       date         not null,
    record_ref    varchar(64)  not null,
    message_en    varchar(500) not null,
    message_zh    varchar(500) not null,
    raised_at     timestamp    not null,
    confirmed_at  timestamp,
    confirmed_by  varchar(64),
    confirm_note  varchar(500)
);
create index warning_district_ix on reporting.warning (district_code, fact_on);
create index warning_ref_ix on reporting.warning (kind, record_ref);
