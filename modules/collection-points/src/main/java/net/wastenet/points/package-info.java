/**
 * collection-points: the merged network (两网融合) and what station staff write.
 *
 * <p>Owns the {@code points} schema: districts, communities (小区, the unit of the coverage rate),
 * collection points of both networks with their accepted categories, served communities and status
 * history, and the station tonnage log with every revision. Upstream of every other module.
 *
 * <p>Publishes {@link net.wastenet.points.api}: {@code PointDirectory} and
 * {@code CommunityDirectory} (look-ups returning records) and the events {@code TonnageLogged},
 * {@code TonnageCorrected}, fired in the writing transaction. Calls no other module.
 */
package net.wastenet.points;
