-- A client key belongs to its submitter: the same string from two users is two keys (docs/api.md).
-- The key leads the index: it is near-unique by itself, so a look-up by submitter and keys is one index probe a key.
alter table recyclables.movement drop constraint movement_client_key_uq;
alter table recyclables.movement add constraint movement_client_key_uq unique (client_key, created_by);
