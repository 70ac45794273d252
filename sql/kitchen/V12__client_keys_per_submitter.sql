-- A client key belongs to its submitter (the hauler who signs a pickup, the operator who records a
-- treatment): the same string from two users is two keys (docs/api.md).
-- The key leads the index: it is near-unique by itself, so a look-up by submitter and keys is one index probe a key.
alter table kitchen.manifest drop constraint manifest_client_key_uq;
alter table kitchen.manifest add constraint manifest_client_key_uq unique (client_key, signed_by);
alter table kitchen.treatment drop constraint treatment_client_key_uq;
alter table kitchen.treatment add constraint treatment_client_key_uq unique (client_key, created_by);
