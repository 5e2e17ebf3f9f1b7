/**
 * What every feature stands on: the data source and its migration at start-up, the business
 * exceptions every boundary maps to {@code application/problem+json}, input validation, the one
 * JSON mapping, and the live-event hub that carries committed events to connected clients on
 * this instance and, through the cluster relay, on every other.
 */
package dev.parley.platform.control;
