/**
 * The few value types every WasteNet module needs: waste categories and materials (GB/T 19095-2019),
 * weights, codes, date ranges, the city's clock, and the exceptions that carry a rule violation
 * out of a domain (which field, why). Plain Java: depends on no module and no framework.
 */
package net.wastenet.shared;
