-- Issue 18 item 6: contamination found at a collection point, noted on the quality record of the communities it serves
-- by the kitchen-waste module in its writing transaction: REFUSAL (a hauler refused the point's kitchen waste at pickup;
-- repeated when flagged so) or REJECTION (a plant rejected part or all of a load picked up there, with its kilograms).
-- Its own sequence (quality.id_seq numbers the rubrics, plans, photos, inspections the contract's examples name), so
-- notes written by the kitchen-waste demo before the quality demo move none of them.
create sequence quality.contamination_seq start with 50 increment by 50;

create table quality.contamination (
    id             bigint         primary key,
    kind           varchar(16)    not null,
    point_code     varchar(32)    not null,
    district_code  varchar(6)     not null,
    found_on       date           not null,
    reference      varchar(64)    not null,
    weight_kg      numeric(12, 3),
    repeated       boolean        not null,
    noted_at       timestamp      not null,
    constraint contamination_kind_ck check (kind in ('REFUSAL', 'REJECTION'))
);
create index contamination_district_ix on quality.contamination (district_code, found_on);
create index contamination_point_ix on quality.contamination (point_code, found_on);
