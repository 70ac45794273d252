/**
 * reporting: the indicator engine. Nobody depends on it.
 *
 * <p>Owns the {@code reporting} schema: a read model of facts (one per facility receipt, treatment
 * and kitchen-waste weighing), fed by the other modules' events in the writing transaction so it can
 * never drift, and rebuildable from their records; and the definition sets (coefficients, targets,
 * coverage rule), versioned and effective-dated. From them it computes the coverage, recovery,
 * resource-utilisation and harmless-treatment rates for the city or a district and any period.
 * Reads the other modules through their api only.
 */
package net.wastenet.reporting;
