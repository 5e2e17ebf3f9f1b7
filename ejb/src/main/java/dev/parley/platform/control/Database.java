package dev.parley.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines Parley's connection pool from configuration (Payara resolves {@code ${MPCONFIG=...}}
 * at deployment) and migrates the schema with Flyway before anything uses it. Flyway takes a
 * PostgreSQL advisory lock, so instances of a cluster starting together migrate once.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/parley",
        className = "org.postgresql.ds.PGSimpleDataSource",
        serverName = "${MPCONFIG=parley.db.host}",
        databaseName = "${MPCONFIG=parley.db.name}",
        user = "${MPCONFIG=parley.db.user}",
        password = "${MPCONFIG=parley.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "portNumber=${MPCONFIG=parley.db.port}",
            "ApplicationName=parley",
            // bind nulls and strings untyped, so a null UUID reaches a uuid column
            "stringtype=unspecified",
            // a connection is checked (one round trip) when taken from the pool, at most once in 10 s:
            // checking at every use was 8 % of a history page's CPU and a second round trip
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.validate-atmost-once-period-in-seconds=10",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = "java:app/jdbc/parley")
    DataSource dataSource;

    @Inject
    SchemaCheck schemaCheck;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        schemaCheck.verify();
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
