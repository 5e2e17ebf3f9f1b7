/**
 * The web module's shared boundary: the JAX-RS application (MicroProfile JWT on every
 * {@code /api} call), the one mapping of exceptions to {@code application/problem+json}, the
 * signed-in caller, and the readiness check.
 */
package dev.parley.platform.boundary;
