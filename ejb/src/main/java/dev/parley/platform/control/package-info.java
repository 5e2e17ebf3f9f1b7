/**
 * What every feature stands on: the data source and its migration at start-up, the one problem
 * vocabulary ({@link dev.parley.platform.control.ProblemType}) and the business exceptions that carry
 * it to every boundary (REST problem+json, gateway error events, page messages), input checking
 * ({@link dev.parley.platform.control.Inputs}: Bean Validation plus the rules every text obeys,
 * {@link dev.parley.platform.control.Texts}), strict JSON reading into input records
 * ({@link dev.parley.platform.control.StrictJson}), the one JSON mapping for output, and the live-event
 * hub that carries committed events to connected clients on this instance and, through the cluster
 * relay, on every other.
 */
package dev.parley.platform.control;
