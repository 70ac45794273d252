-- Carbon per material (issue 19): a receipt's fact keeps the material it was weighed as (PAPER, PLASTIC …, null when the
-- receipt named none), so that the project export (exports/carbon-projects) accounts a recycling processor's tonnes with
-- the factor set's factor for each material, summed in the database (docs/indicators.md, "Carbon").
alter table reporting.receipt_fact add column material varchar(32);

-- the facts already there were copied without it: the read model is rebuilt at the next start (the receipts' materials
-- are the recyclables module's, read through its api; no cross-schema SQL)
insert into reporting.rebuild_request (reason) values ('V48_1: receipt facts carry their material');
