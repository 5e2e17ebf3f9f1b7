/**
 * What single sign-on stores: the identities at providers that accounts are linked to, the sign-ins made
 * through a provider's session (so that its back-channel logout can end them), and the directory groups
 * that give server roles (native queries in {@code sso.control.SsoStore}).
 */
package dev.parley.sso.entity;
