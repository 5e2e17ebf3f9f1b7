/**
 * Single sign-on: the configured providers (a corporate OpenID Connect provider, Google, GitHub), the
 * protocol (discovery, authorization code with PKCE, ID and logout token validation against the
 * provider's keys, GitHub's user API), and what a sign-in through one does to accounts: create or find
 * the account, link an existing one only when its email is verified on both sides, sync directory groups
 * to server roles, and end sign-ins when the provider logs a session out (back-channel logout).
 */
package dev.parley.sso.control;
