/**
 * kitchen-waste: the chain 投放 → 收运 → 处置 for kitchen waste.
 *
 * <p>Owns the {@code kitchen} schema: registered producers (restaurants, canteens, markets), haulers
 * and their vehicles, routes (ordered sources) and runs (a vehicle on a route on a day), the
 * three-party manifest (收运联单: handed over at the source, signed by the hauler at pickup, closed
 * by the plant's weighbridge, which may reject part or all of the load), treatment records at kitchen-waste plants
 * (K = input − impurities), and refusals at pickup for contamination with the notices they give points.
 *
 * <p>Calls collection-points (points as sources), recyclables (facilities; a delivery, its rejected part or a
 * treatment residue is recorded as a receipt there, in the same transaction) and quality (the photos a refusal cites;
 * refusals and rejections noted on the communities' quality record) through their api only.
 */
package net.wastenet.kitchen;
