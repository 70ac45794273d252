/** What other modules may use of kitchen-waste: nothing yet besides the events of the manifest life cycle. */
package net.wastenet.kitchen.api;
