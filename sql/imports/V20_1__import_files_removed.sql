-- When an import's file was removed from wastenet.imports.dir (kept wastenet.imports.keepDays after the
-- import completed); null while it is kept. The files kept count against their submitter's quota.
alter table imports.bulk_import add column file_removed_at timestamp;
create index bulk_import_kept_ix on imports.bulk_import (completed, file_removed_at);
