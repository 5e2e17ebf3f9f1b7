/**
 * Accounts and sign-in: registration and login with bcrypt-hashed passwords, short-lived
 * signed access tokens (verified by MicroProfile JWT on the REST API and by
 * {@link dev.parley.identity.control.TokenService} on the gateway) and rotating refresh tokens stored
 * hashed in {@code user_sessions}.
 */
package dev.parley.identity.control;
