package dev.parley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docker/Dockerfile, checked without a Docker engine: it must build on the Payara the build pins,
 * ship the EAR from where {@code mvn package} puts it, and set only settings Parley has.
 */
class DockerfileTest {

    private static final Path ROOT = Path.of(System.getProperty("parley.repo.root", "..")).toAbsolutePath().normalize();
    private static final Path EAR = Path.of(System.getProperty("parley.ear", "target/parley.ear")).toAbsolutePath().normalize();

    @Test
    void buildsOnTheOfficialPayaraServerImageOfThePinnedVersion() throws IOException {
        String version = System.getProperty("parley.payara.version");
        assertThat(version).as("payara.version from the build").isNotBlank();
        assertThat(instructions("FROM")).containsExactly("payara/server-full:" + version + "-jdk17");
    }

    @Test
    void deploysTheEarThatTheBuildProduces() throws IOException {
        String earInContext = ROOT.relativize(EAR).toString().replace('\\', '/');
        assertThat(earInContext).isEqualTo("ear/target/parley.ear");
        List<String> copies = instructions("COPY");
        assertThat(copies).hasSize(1);
        List<String> words = List.of(copies.get(0).split("\\s+"));
        assertThat(words).filteredOn(w -> !w.startsWith("--")).containsExactly(earInContext, "${DEPLOY_DIR}/parley.ear");
        assertThat(instructions("EXPOSE")).anySatisfy(ports -> assertThat(ports.split("\\s+")).contains("8080"));

        List<String> ignore = Files.readAllLines(ROOT.resolve("docker/Dockerfile.dockerignore"));
        assertThat(ignore).as("the build context keeps the EAR").contains("!" + earInContext);
    }

    @Test
    void setsOnlyVariablesThatAreParleySettings() throws IOException {
        Properties config = new Properties();
        try (Reader in = Files.newBufferedReader(
                ROOT.resolve("config/src/main/resources/META-INF/microprofile-config.properties"))) {
            config.load(in);
        }
        var settings = config.stringPropertyNames().stream()
                .map(key -> key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"))
                .collect(Collectors.toSet());
        List<String> names = new ArrayList<>();
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String env : instructions("ENV")) {
            // NAME=value or NAME="a quoted value", several per instruction
            var assignment = java.util.regex.Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)").matcher(env);
            while (assignment.find()) {
                names.add(assignment.group(1));
                values.put(assignment.group(1), assignment.group(2).replace("\"", ""));
            }
        }
        assertThat(values.get("JVM_ARGS")).as("the domain's JVM gets what the launcher gives Payara Micro")
                .contains("-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl");
        assertThat(names).contains("PARLEY_DB_HOST", "PARLEY_DB_PORT", "PARLEY_DB_NAME", "PARLEY_DB_USER",
                "PARLEY_DATA_DIR");
        assertThat(names).as("no password baked into the image").doesNotContain("PARLEY_DB_PASSWORD");
        assertThat(names).filteredOn(n -> n.startsWith("PARLEY_")).allSatisfy(n -> assertThat(settings).contains(n));
    }

    /** The arguments of every instruction with this keyword, continuation lines joined. */
    private static List<String> instructions(String keyword) throws IOException {
        String text = Files.readString(ROOT.resolve("docker/Dockerfile"));
        List<String> found = new ArrayList<>();
        for (String line : text.replaceAll("\\\\\\r?\\n", " ").split("\\r?\\n")) {
            String trimmed = line.strip();
            if (trimmed.regionMatches(true, 0, keyword + " ", 0, keyword.length() + 1)) {
                found.add(trimmed.substring(keyword.length()).strip());
            }
        }
        return found;
    }
}
