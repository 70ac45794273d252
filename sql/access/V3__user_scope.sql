-- access (owned by the app): what is each user's. Roles come from the user registry (groups, or
-- a JWT's groups claim); the scope is kept here so that one model serves both.
create schema access;

create table access.user_scope (
    username  varchar(64) not null,
    kind      varchar(16) not null,
    code      varchar(32) not null,
    primary key (username, kind, code),
    constraint user_scope_kind_ck check (kind in ('POINT', 'DISTRICT', 'HAULER', 'FACILITY'))
);
