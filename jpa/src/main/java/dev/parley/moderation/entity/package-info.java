/** Moderation as stored: bans and the audit log of every moderation and settings action. */
package dev.parley.moderation.entity;
