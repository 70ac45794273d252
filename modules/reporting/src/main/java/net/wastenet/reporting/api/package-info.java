/**
 * What reporting publishes: two events, fired in the writing transaction, for those who tell the world (the webhooks'
 * outbox) and the charges (a locked return freezes its statements); and {@link net.wastenet.reporting.api.AttributedIntake},
 * the plants' intake attributed to the sending districts as the indicators' drill-down counts it (for the cross-district
 * compensation). No module reads reporting otherwise.
 */
package net.wastenet.reporting.api;
