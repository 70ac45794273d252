/**
 * What other modules may use of collection-points: look-ups that answer records (the directory; the weighings
 * summed by point and day, {@link PointWeighings}, for the charges), and the events
 * fired when the tonnage log changes. Ids and codes cross this border, entities never do.
 */
package net.wastenet.points.api;
