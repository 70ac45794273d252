/** reporting publishes nothing: it reads every module and nobody reads it. */
package net.wastenet.reporting.api;
