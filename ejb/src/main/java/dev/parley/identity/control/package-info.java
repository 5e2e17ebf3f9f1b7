/**
 * Accounts and sign-in: registration and login with bcrypt-hashed passwords, short-lived signed access
 * tokens ({@link dev.parley.identity.control.TokenService}, checked against the revocation set
 * {@link dev.parley.identity.control.RevokedSignIns} on every use), and sign-ins: families of rotating,
 * single-use refresh tokens stored hashed in {@code user_sessions}, listed and revoked by their owner;
 * the rules of a new password ({@link dev.parley.identity.control.PasswordPolicy}), throttles on
 * attempts an attacker would repeat ({@link dev.parley.identity.control.Throttles}, buckets in the data
 * grid), and profiles ({@link dev.parley.identity.control.ProfileService}) (docs/accounts.md).
 */
package dev.parley.identity.control;
