/** REST boundary of accounts and sign-in: {@code /api/auth/*} and {@code /api/users/*}. */
package dev.parley.identity.boundary;
