/**
 * How single sign-on is reached: the browser's redirect to a provider and back
 * ({@code /api/auth/oauth/{provider}}, {@code /api/auth/oauth/callback}), the provider's back-channel logout
 * ({@code /api/auth/oidc/backchannel-logout}), the administrators' group mapping
 * ({@code /api/admin/sso/group-roles}), the sign-in page's buttons and the page that says why a sign-in
 * through a provider did not happen.
 */
package dev.parley.sso.boundary;
