/**
 * What the identity provider's SCIM client knows of an account beyond the account itself: the
 * {@code userName} and {@code externalId} it uses, the parts of the name, and whether it deleted the
 * account ({@link dev.parley.scim.entity.ScimUser}, table {@code scim_users}). The account stays a
 * {@code users} row; provisioning rules live in the EJB module's scim package.
 */
package dev.parley.scim.entity;
