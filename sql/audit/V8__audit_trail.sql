-- The audit trail: every create, correction, status change, confirmation, sign-off, lock and reopen,
-- written in the transaction of the change. Append-only: the application has no update or delete
-- for it; in production the database role of the application should hold INSERT and SELECT only
-- on this table (docs/operations.md).
create schema audit;

create sequence audit.id_seq start with 50 increment by 50;

create table audit.entry (
    id           bigint        primary key,
    recorded_at  timestamp     not null,
    actor        varchar(64)   not null,
    record_type  varchar(32)   not null,
    record_ref   varchar(128)  not null,
    action       varchar(32)   not null,
    reason       varchar(500),
    before_json  varchar(100000),
    after_json   varchar(100000)
);
create index audit_record_ix on audit.entry (record_type, record_ref, id);
create index audit_actor_ix on audit.entry (actor, recorded_at);
create index audit_time_ix on audit.entry (recorded_at);
