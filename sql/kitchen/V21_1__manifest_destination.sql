-- A manifest names the plant it goes to at pickup (from its route, or chosen by the hauler), and only that plant
-- takes it; a diversion to another plant is the hauler's explicit act with a reason (audited before and after).
-- Manifests picked up before this version name none and are taken by any kitchen-waste plant, as before.
alter table kitchen.route add column destination_facility_code varchar(32);
alter table kitchen.manifest add column destination_facility_code varchar(32);
alter table kitchen.manifest add column diversion_reason varchar(500);
