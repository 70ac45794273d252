/**
 * charges: what waste costs and what it is owed (issue 19, items 1 and 2).
 *
 * <p>Owns the {@code charges} schema: the bureau's tariffs (收费标准) per producer class and waste category, versioned by
 * {@code validFrom}, with monthly quotas and tiers for non-residential producers; the compensation rates
 * (跨区（市）县处理环境补偿标准) per kind of plant, versioned; and each district's month frozen at every lock of its return.
 * From them: the statements of producers (from their weighed kitchen-waste pickups) and communities (their households),
 * each district's totals, and the compensation each district pays the districts whose plants took its waste
 * ({@link net.wastenet.charges.domain.MeteredCharge}, {@link net.wastenet.charges.domain.Compensation}).
 *
 * <p>Reads other modules through their api only: kitchen-waste's producers and pickups, collection-points' districts and
 * communities, recyclables' facilities, reporting's attributed intake (the indicators' own attribution) and its
 * {@code ReturnLocked} event. Publishes nothing yet.
 */
package net.wastenet.charges;
