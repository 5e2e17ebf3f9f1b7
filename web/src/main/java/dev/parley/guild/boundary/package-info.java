/** REST boundary of servers, invites and joining: {@code /api/servers/*}. */
package dev.parley.guild.boundary;
