/** What other modules may use of kitchen-waste: the events of the manifest life cycle, of refusals at pickup
 * ({@link PickupRefused}) and of their notices closed by a clean pickup ({@link RefusalNoticeClosed}), and the treatment
 * records. */
package net.wastenet.kitchen.api;
