/**
 * Events pushed to integrators (webhooks; docs/api.md, issue 17). The modules know nothing of it: it
 * observes the events they already fire in their writing transactions ({@code TonnageLogged},
 * {@code TonnageCorrected}, {@code ManifestDelivered}, {@code ReceiptRecorded}) and writes each one a
 * subscriber asked for to the outbox in that same transaction ({@link Outbox}); {@link Deliverer} sends the
 * deliveries, signed, at least once, in order per record, with exponential back-off, on any number of
 * instances; {@link WebhookResource} is the administrator's API (subscribe, delivery log, replay).
 */
package net.wastenet.app.webhooks;
