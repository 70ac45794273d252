/**
 * The deployable application: it assembles the modules into one REST application under
 * {@code /api/v1}, migrates the database at start (Flyway, from {@code sql/}), loads the Chengdu
 * demo data when asked, answers every failure as RFC 9457 problem details, and reports health.
 * It holds no business rule; it may use any module's packages, and no module may use it.
 */
package net.wastenet.app;
