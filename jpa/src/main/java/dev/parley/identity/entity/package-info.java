/**
 * Accounts and sign-in sessions as stored: a {@link dev.parley.identity.entity.UserAccount} row per
 * person and a {@link dev.parley.identity.entity.UserSession} per refresh-token family. The rules about
 * them (hashing, token rotation) live in the EJB module's identity package.
 */
package dev.parley.identity.entity;
