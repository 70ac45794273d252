/**
 * What other modules may use of quality: the 达标 verdicts of a scope and period ({@link StandardCommunities}, answering
 * records), the rectifications overdue on a day ({@link OverdueRectifications}) and the events fired when an inspection is recorded and a rectification opens or closes. Codes and ids cross
 * this border, entities never do.
 */
package net.wastenet.quality.api;
