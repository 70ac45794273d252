/**
 * recyclables: the facility registry and every tonne that enters a facility.
 *
 * <p>Owns the {@code recyclables} schema: facilities of every kind with their dated design capacity
 * and accepted materials; movements (a receipt into a facility from a point, a district, a producer
 * or another facility; a product leaving for the market); stock reports; capacity alerts. From these
 * it answers capacity utilisation, each facility's mass balance and the attribution of a sorting
 * centre's output to districts. The indicators' R, I, L and C are read from its receipts.
 *
 * <p>Publishes {@link net.wastenet.recyclables.api}: {@code FacilityDirectory} (look-ups) and
 * {@code Receipts} (record a receipt, for kitchen-waste deliveries), the event {@code ReceiptRecorded}.
 * Calls collection-points through its api only.
 */
package net.wastenet.recyclables;
