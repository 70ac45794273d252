-- The point-days a bulk import touched, waiting for the unusual-day rule. A live weighing applies the rule in its
-- own transaction; an import chunk only notes its point-days here (a row each, written once), and the import's
-- last step judges every noted day once against its point's complete four weeks before, reading each point's
-- days in one ordered pass, and deletes the rows it judged in the same transaction as the warnings it raised.
-- Judged chunk by chunk, a million-row import read 28 days of history for each of its 950,000 point-days
-- (150 s of the database's time, more than all its inserts), and a day's verdict depended on which of its
-- window's days happened to lie in earlier chunks of the file.
create table reporting.point_day_unchecked (
    point_code varchar(32) not null,
    fact_on date not null,
    district_code varchar(6) not null,
    primary key (point_code, fact_on)
);
