/**
 * What other modules may use of kitchen-waste: the events of the manifest life cycle and of treatments, the treatment
 * records for rebuilds, and the producers with their weighed pickups ({@link ProducerPickups}, for the charges).
 */
package net.wastenet.kitchen.api;
