/** What every entity shares: the UUIDv7 id generator used for every primary key. */
package dev.parley.platform.entity;
