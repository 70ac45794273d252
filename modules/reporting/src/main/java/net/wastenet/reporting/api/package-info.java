/**
 * What reporting publishes: two events, fired in the writing transaction, for those who tell the world
 * (the webhooks' outbox). No module reads reporting otherwise.
 */
package net.wastenet.reporting.api;
