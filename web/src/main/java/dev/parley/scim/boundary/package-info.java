/**
 * SCIM 2.0 over HTTP at {@code /scim/v2} (outside {@code /api}, where identity providers expect it):
 * {@link dev.parley.scim.boundary.ScimServlet} authenticates the provider's bearer token, routes
 * {@code Users}, {@code ServiceProviderConfig}, {@code ResourceTypes} and {@code Schemas}, and answers
 * {@code application/scim+json}, errors in SCIM's own error schema. A servlet rather than a JAX-RS
 * application, so that the REST API's providers (problem+json, its bearer filter) and its OpenAPI
 * document stay apart from it.
 */
package dev.parley.scim.boundary;
