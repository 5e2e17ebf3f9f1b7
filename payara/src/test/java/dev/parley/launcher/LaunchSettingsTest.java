package dev.parley.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchSettingsTest {

    private static final Path HOME = Path.of("/srv/parley");

    @Test
    void defaultsUseTheEmbeddedDatabase() {
        LaunchSettings s = LaunchSettings.from(Map.of(), HOME);

        assertTrue(s.embeddedDb());
        assertEquals("127.0.0.1", s.dbHost());
        assertEquals(5433, s.dbPort());
        assertEquals("parley", s.dbName());
        assertEquals("parley", s.dbUser());
        assertEquals("parley", s.dbPassword());
        assertEquals(8080, s.httpPort());
        assertEquals(List.of("-Xmx512m"), s.javaOpts());
        assertEquals(Path.of("/srv/parley/.parley"), s.dataDir());
        assertEquals(Path.of("/srv/parley/.parley/postgres"), s.postgresDataDir());
        assertEquals(Path.of("/srv/parley/web/target/parley.war"), s.war());
        assertEquals(Path.of("/srv/parley/payara/target/payara-micro.jar"), s.microJar());
        assertEquals(Duration.ofSeconds(180), s.readyTimeout());
        assertEquals("http://127.0.0.1:8080/health/ready", s.readyUrl());
    }

    @Test
    void blankHostStillMeansEmbedded() {
        LaunchSettings s = LaunchSettings.from(Map.of("PARLEY_DB_HOST", "  ", "PARLEY_EMBEDDED_DB_PORT", "6543",
                "PARLEY_DB_PORT", "9999"), HOME);

        assertTrue(s.embeddedDb());
        assertEquals(6543, s.dbPort(), "PARLEY_DB_PORT only applies to a configured database");
    }

    @Test
    void configuredDatabaseIsPassedThrough() {
        LaunchSettings s = LaunchSettings.from(Map.of(
                "PARLEY_DB_HOST", "db.intranet",
                "PARLEY_DB_NAME", "Chat-Prod",
                "PARLEY_DB_USER", "app",
                "PARLEY_DB_PASSWORD", "s3cret",
                "PARLEY_EMBEDDED_DB_PORT", "not used"), HOME);

        assertFalse(s.embeddedDb());
        assertEquals("db.intranet", s.dbHost());
        assertEquals(5432, s.dbPort());
        assertEquals("Chat-Prod", s.dbName(), "no identifier rule for a database we do not create");
        assertEquals(Map.of(
                "PARLEY_DB_HOST", "db.intranet",
                "PARLEY_DB_PORT", "5432",
                "PARLEY_DB_NAME", "Chat-Prod",
                "PARLEY_DB_USER", "app",
                "PARLEY_DB_PASSWORD", "s3cret",
                "PARLEY_DATA_DIR", "/srv/parley/.parley",
                "PARLEY_PORT", "8080"), s.childEnvironment());
    }

    @Test
    void dataDirIsResolvedAgainstHome() {
        assertEquals(Path.of("/srv/parley/var/data"),
                LaunchSettings.from(Map.of("PARLEY_DATA_DIR", "var/data"), HOME).dataDir());
        assertEquals(Path.of("/data/parley"),
                LaunchSettings.from(Map.of("PARLEY_DATA_DIR", "/data/parley/"), HOME).dataDir());
    }

    @Test
    void javaOptionsAndPortShapeTheMicroCommand() {
        LaunchSettings s = LaunchSettings.from(Map.of("PARLEY_JAVA_OPTS", " -Xmx1g  -XX:+UseSerialGC ",
                "PARLEY_PORT", "9090"), HOME);

        List<String> cmd = s.microCommand(Path.of("/jdk/bin/java"));

        // string deduplication first, so that the user's options can turn it off
        assertEquals(List.of("/jdk/bin/java", "-XX:+UseStringDeduplication", "-Xmx1g", "-XX:+UseSerialGC"),
                cmd.subList(0, 4));
        assertEquals("9090", cmd.get(cmd.indexOf("--port") + 1));
        assertEquals("/", cmd.get(cmd.indexOf("--contextroot") + 1));
        assertEquals("/srv/parley/web/target/parley.war", cmd.get(cmd.indexOf("--deploy") + 1));
        assertEquals("127.0.0.1", cmd.get(cmd.indexOf("--interfaces") + 1));
        assertTrue(cmd.get(cmd.indexOf("--clusterMode") + 1).startsWith("tcpip:127.0.0.1:"));
        assertEquals("parley-dev", cmd.get(cmd.indexOf("--clusterName") + 1));
        assertTrue(cmd.contains("-Dhazelcast.socket.bind.any=false"));
        assertTrue(cmd.contains("-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl"),
                "JSON-P's provider is named, so that no Json.create call scans the class path");
        assertEquals("http://localhost:9090", s.publicUrl());
    }

    @Test
    void emptyJavaOptionsMeanNone() {
        assertEquals(List.of(), LaunchSettings.from(Map.of("PARLEY_JAVA_OPTS", ""), HOME).javaOpts());
    }

    @Test
    void warOverrideIsResolvedAgainstHome() {
        LaunchSettings s = LaunchSettings.from(Map.of(), HOME).withWar("/tmp/x.war");
        assertEquals(Path.of("/tmp/x.war"), s.war());
        assertEquals(Path.of("/srv/parley/other.war"), LaunchSettings.from(Map.of(), HOME).withWar("other.war").war());
    }

    @Test
    void malformedValuesAreRejectedWithTheirName() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> LaunchSettings.from(Map.of("PARLEY_PORT", "80a"), HOME));
        assertTrue(port.getMessage().contains("PARLEY_PORT"));
        assertThrows(IllegalArgumentException.class,
                () -> LaunchSettings.from(Map.of("PARLEY_EMBEDDED_DB_PORT", "70000"), HOME));
        assertThrows(IllegalArgumentException.class,
                () -> LaunchSettings.from(Map.of("PARLEY_READY_TIMEOUT", "0"), HOME));
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> LaunchSettings.from(Map.of("PARLEY_DB_NAME", "x; DROP DATABASE postgres"), HOME));
        assertTrue(name.getMessage().contains("PARLEY_DB_NAME"));
    }

    @Test
    void thePasswordIsNeverInTheDescription() {
        LaunchSettings s = LaunchSettings.from(Map.of("PARLEY_DB_HOST", "db", "PARLEY_DB_PASSWORD", "hunter2"), HOME);

        assertFalse(s.toString().contains("hunter2"));
        assertFalse(s.describeDatabase().contains("hunter2"));
    }
}
