/** What other modules may use of charges: nothing yet (the pages read its REST resources). */
package net.wastenet.charges.api;
