-- Carbon accounting (issue 19): the bureau's factor sets, each valid from a day until the next one's, each citing its
-- source. A factor is the emissions of a route in tonnes of CO2e per tonne of waste; the landfill route is the
-- baseline, and a route's avoided emissions are its tonnes times (landfill's factor minus its own), "baseline minus
-- project" (docs/indicators.md, "Carbon").
create table reporting.carbon_factor_set (
    id          bigint       not null primary key,
    code        varchar(32)  not null,
    valid_from  date         not null,
    source      varchar(500) not null,
    created_at  timestamp    not null,
    created_by  varchar(64)  not null,
    constraint carbon_factor_set_code_uq unique (code)
);

create table reporting.carbon_factor (
    set_id            bigint        not null references reporting.carbon_factor_set (id),
    position          integer       not null,
    route             varchar(24)   not null,
    material          varchar(32),
    t_co2e_per_tonne  numeric(8, 4) not null,
    primary key (set_id, position)
);

-- WasteNet's default set, valid from the first day any indicator is defined: figures in the ranges the cited sources
-- give, marked as defaults for the bureau to replace with its own (docs/indicators.md, "Carbon").
insert into reporting.carbon_factor_set (id, code, valid_from, source, created_at, created_by)
values (0, 'default-1', date '2000-01-01', 'WasteNet default, to be replaced by the bureau: landfill baseline after IPCC 2006 '
    || 'Guidelines vol. 5 ch. 3 (first-order decay, no gas recovery); incineration with energy recovery as CCER '
    || 'projects register it; recycling and kitchen-waste treatment cross-checked with US EPA WARM', current_timestamp, 'migration');
insert into reporting.carbon_factor (set_id, position, route, material, t_co2e_per_tonne) values
    (0, 0, 'LANDFILL', null, 0.7000),
    (0, 1, 'INCINERATION', null, 0.2500),
    (0, 2, 'KITCHEN_TREATMENT', null, 0.0500),
    (0, 3, 'RECYCLING', null, -0.8000);
