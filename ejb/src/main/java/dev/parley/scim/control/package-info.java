/**
 * SCIM 2.0 provisioning of users (RFC 7643/7644) by the company's identity provider: creating,
 * changing, deactivating and deleting accounts ({@link dev.parley.scim.control.ScimService}), reading
 * what the provider sends ({@link dev.parley.scim.control.ScimInput}, {@link dev.parley.scim.control.ScimPatch},
 * {@link dev.parley.scim.control.ScimFilter}) and the bearer token it authenticates with
 * ({@link dev.parley.scim.control.ScimToken}). Deactivating disables the account through
 * {@code IdentityService.setDisabled}, which ends its sign-ins at once; every action is in the
 * installation's audit log (docs/scim.md).
 */
package dev.parley.scim.control;
