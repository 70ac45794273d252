-- Warnings are confirmed once: with several instances two confirmations at the same moment must not
-- both succeed (the second would overwrite the first's comment). A version column makes the second
-- answer 409 (optimistic locking), as every other record that changes.
alter table reporting.warning add column version bigint default 0 not null;
