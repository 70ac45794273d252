/**
 * The recording pipeline: the one way every create goes, whatever the record. In this order: the
 * client key and the request's fingerprint (a {@link net.wastenet.shared.recording.Draft}), the
 * caller's scope (on a replay too), the replay of an earlier record with the same key by the same
 * submitter, the period lock, the aggregate's own factory (rules, then the record), store, events,
 * audit. A use case says only what is particular to its record, as a
 * {@link net.wastenet.shared.recording.RecordKind}. The same pipeline serves one request and a batch
 * (an import chunk, or concurrent requests committed together by
 * {@link net.wastenet.shared.recording.GroupCommit}). Plain Java: the ports are given to it.
 */
package net.wastenet.shared.recording;
