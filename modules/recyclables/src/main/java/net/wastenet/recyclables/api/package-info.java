/**
 * What other modules may use of recyclables: facility look-ups, recording a receipt into a
 * facility (kitchen-waste deliveries, treatment residues), and the event fired for each receipt.
 */
package net.wastenet.recyclables.api;
