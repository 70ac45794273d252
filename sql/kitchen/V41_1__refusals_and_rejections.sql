-- Issue 18 item 6, waste refused for contamination. A hauler refuses a point's kitchen waste at pickup (不合格不收运):
-- the refusal is the point's notice, OPEN until the next clean pickup there closes it, flagged when repeated. A plant
-- rejects part or all of a delivered load (拒收): the manifest keeps the rejected kilograms, why, the incineration plant
-- or landfill they went to and that receipt; its receipt_id is the accepted part's (none when all was rejected).
-- Refusals number from their own sequence (kitchen.id_seq is shared by every manifest), so the demo's first refusal is
-- refusal 1 whatever the month (the contract's example names it), and no manifest number moves because of refusals.
create sequence kitchen.refusal_seq start with 50 increment by 50;

create table kitchen.refusal (
    id                     bigint        primary key,
    point_code             varchar(32)   not null,
    district_code          varchar(6)    not null,
    hauler_code            varchar(32)   not null,
    refused_at             timestamp     not null,
    refused_on             date          not null,
    reason                 varchar(500)  not null,
    due_date               date          not null,
    status                 varchar(8)    not null,
    repeated               boolean       not null,
    repeat_reason          varchar(16),
    closed_at              timestamp,
    closed_by_manifest_no  varchar(32),
    client_key             varchar(64),
    request_hash           varchar(64)   not null,
    created_at             timestamp     not null,
    created_by             varchar(64)   not null,
    version                bigint        not null,
    constraint refusal_client_key_uq unique (client_key, created_by),
    constraint refusal_status_ck check (status in ('OPEN', 'CLOSED'))
);
create index refusal_point_ix on kitchen.refusal (point_code, status, refused_on);
create index refusal_district_ix on kitchen.refusal (district_code, refused_at);
create index refusal_hauler_ix on kitchen.refusal (hauler_code, refused_at);

create table kitchen.refusal_photo (
    refusal_id  bigint  not null references kitchen.refusal (id),
    position    integer not null,
    photo_id    bigint  not null,
    primary key (refusal_id, position)
);

alter table kitchen.manifest add column rejected_kg numeric(12, 3);
alter table kitchen.manifest add column rejection_reason varchar(500);
alter table kitchen.manifest add column rejected_to_facility_code varchar(32);
alter table kitchen.manifest add column rejection_receipt_id bigint;
alter table kitchen.manifest add constraint manifest_rejected_ck check (rejected_kg is null or (rejected_kg > 0 and rejected_kg <= delivered_kg));
