/**
 * What other modules may use of kitchen-waste: the events of the manifest life cycle and of treatments, of refusals at
 * pickup ({@link PickupRefused}) and of their notices closed by a clean pickup ({@link RefusalNoticeClosed}), the
 * treatment records for rebuilds, and the producers with their weighed pickups ({@link ProducerPickups}, for the charges).
 */
package net.wastenet.kitchen.api;
