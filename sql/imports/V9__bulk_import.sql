-- imports (owned by the app): bulk imports of CSV files run as Jakarta Batch jobs. The job's own
-- repository (instances, executions, checkpoints) is Liberty's batch runtime's, in schema batch (below).
-- An import's progress (last line done, counts) and its refused rows are written in the same
-- transaction as the chunk of records they describe, so they are exact after any crash.
create schema imports;
create schema batch;

create sequence imports.import_seq start with 50 increment by 50;

create table imports.bulk_import (
    id              bigint        primary key,
    record_type     varchar(32)   not null,
    file_name       varchar(255)  not null,
    file_path       varchar(1000) not null,
    file_bytes      bigint        not null,
    file_sha256     varchar(64)   not null,
    total_rows      bigint        not null,
    client_key      varchar(64),
    submitted_by    varchar(64)   not null,
    submitter_roles varchar(200)  not null,
    submitted_at    timestamp     not null,
    instance        varchar(200)  not null,
    job_instance_id bigint,
    last_execution  bigint,
    executions      integer       not null,
    last_line       bigint        not null,
    rows_done       bigint        not null,
    accepted        bigint        not null,
    already_stored  bigint        not null,
    rejected_rows   bigint        not null,
    started_at      timestamp,
    finished_at     timestamp,
    completed       boolean       not null,
    version         bigint        not null,
    constraint bulk_import_client_key_uq unique (client_key)
);
create index bulk_import_submitter_ix on imports.bulk_import (submitted_by, id);

-- Each refused row: line, field (null: the whole row) and why, in both languages.
create table imports.rejection (
    import_id   bigint        not null references imports.bulk_import (id),
    line        bigint        not null,
    ordinal     integer       not null,
    field       varchar(64),
    message_en  varchar(1000) not null,
    message_zh  varchar(1000) not null,
    primary key (import_id, line, ordinal)
);

-- The Jakarta Batch job repository of Liberty's batch runtime (server.xml: databaseStore batchStore,
-- createTables false, keyGenerationStrategy TABLE). Its tables are created here rather than by Liberty
-- because Liberty's own DDL does not run on H2 (identity columns, a doubled schema name on the key
-- table); this is the DDL of Liberty's ddlGen with BYTEA for its binary columns, which both H2 and
-- PostgreSQL take. JOBPARAMETER has a column named VALUE: H2 connections need NON_KEYWORDS=VALUE.
create table batch.jobinstance (jobinstanceid bigint not null, amcname varchar(512), batchstatus integer not null,
    createtime timestamp not null, exitstatus varchar(512), instancestate integer not null, jobname varchar(256),
    jobxmlname varchar(128), jobxml bytea, numexecs integer not null, restarton varchar(128), submitter varchar(256),
    updatetime timestamp, primary key (jobinstanceid));
create table batch.stepthreadinstance (partnum integer not null, stepname varchar(128) not null, threadtype varchar(31),
    checkpointdata bytea, fk_jobinstanceid bigint not null, fk_latest_stepexecid bigint not null, partitioned boolean,
    partitionplansize integer, startcount integer, primary key (partnum, stepname, fk_jobinstanceid));
create index sti_fkinstanceid_ix on batch.stepthreadinstance (fk_jobinstanceid);
create index sti_fklatest_sei_ix on batch.stepthreadinstance (fk_latest_stepexecid);
create table batch.stepthreadexecution (stepexecid bigint not null, threadtype varchar(31), batchstatus integer not null,
    m_commit bigint not null, endtime timestamp, exitstatus varchar(512), m_filter bigint not null,
    internalstatus integer not null, partnum integer not null, userdata bytea, m_processskip bigint not null,
    m_read bigint not null, m_readskip bigint not null, m_rollback bigint not null, starttime timestamp,
    stepname varchar(128) not null, m_write bigint not null, m_writeskip bigint not null, fk_jobexecid bigint not null,
    fk_toplvl_stepexecid bigint, ispartitionedstep boolean, primary key (stepexecid));
create index ste_fkjobexecid_ix on batch.stepthreadexecution (fk_jobexecid);
create index ste_fktlstepeid_ix on batch.stepthreadexecution (fk_toplvl_stepexecid);
create table batch.jobexecution (jobexecid bigint not null, batchstatus integer not null, createtime timestamp not null,
    endtime timestamp, execnum integer not null, exitstatus varchar(512), jobparameters bytea, updatetime timestamp,
    logpath varchar(512), resturl varchar(512), serverid varchar(256), starttime timestamp,
    fk_jobinstanceid bigint not null, primary key (jobexecid));
create index je_fkinstanceid_ix on batch.jobexecution (fk_jobinstanceid);
create table batch.remotablepartition (partnum integer not null, stepname varchar(255) not null, internalstate integer,
    lastupdated timestamp, logpath varchar(512), resturl varchar(512), serverid varchar(256),
    fk_jobexecutionid bigint not null, fk_stepexecutionid bigint, primary key (partnum, stepname, fk_jobexecutionid));
create table batch.groupassociation (fk_jobinstanceid bigint, groupnames varchar(255));
create index ga_fkinstanceid_ix on batch.groupassociation (fk_jobinstanceid);
create table batch.jobparameter (name varchar(255), value varchar(255), fk_jobexecid bigint);
create index jp_fkjobexecid_ix on batch.jobparameter (fk_jobexecid);
alter table batch.stepthreadexecution add constraint unq_stepthreadexecution_0 unique (fk_jobexecid, stepname, partnum);
alter table batch.stepthreadinstance add constraint fk_sti_jobinstance foreign key (fk_jobinstanceid) references batch.jobinstance (jobinstanceid);
alter table batch.stepthreadinstance add constraint fk_sti_latest_step foreign key (fk_latest_stepexecid) references batch.stepthreadexecution (stepexecid);
alter table batch.stepthreadexecution add constraint fk_ste_jobexec foreign key (fk_jobexecid) references batch.jobexecution (jobexecid);
alter table batch.stepthreadexecution add constraint fk_ste_toplevel foreign key (fk_toplvl_stepexecid) references batch.stepthreadexecution (stepexecid);
alter table batch.jobexecution add constraint fk_je_jobinstance foreign key (fk_jobinstanceid) references batch.jobinstance (jobinstanceid);
alter table batch.remotablepartition add constraint fk_rp_jobexec foreign key (fk_jobexecutionid) references batch.jobexecution (jobexecid);
alter table batch.remotablepartition add constraint fk_rp_stepexec foreign key (fk_stepexecutionid) references batch.stepthreadexecution (stepexecid);
alter table batch.groupassociation add constraint fk_ga_jobinstance foreign key (fk_jobinstanceid) references batch.jobinstance (jobinstanceid);
alter table batch.jobparameter add constraint fk_jp_jobexec foreign key (fk_jobexecid) references batch.jobexecution (jobexecid);
create table batch.gen (seq_name varchar(50) not null, seq_count numeric(38), primary key (seq_name));
insert into batch.gen (seq_name, seq_count) values ('STEPEXECIDGEN', 0);
insert into batch.gen (seq_name, seq_count) values ('JOBEXECIDGEN', 0);
insert into batch.gen (seq_name, seq_count) values ('JOBINSTANCEIDGEN', 0);
