package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production package: the real {@code parley.ear} deployed on Payara Server against real
 * PostgreSQL, used over HTTP as a person or a program would. It proves the EAR's layout — the
 * data source and persistence unit, MicroProfile Config reading the defaults from {@code lib/}, the
 * web module at {@code /} — not the features, which the WAR's system tests cover.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarOnPayaraServerIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            // plain HTTP/1.1 as browsers speak it over http:, without the JDK's h2c upgrade attempt
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive parley() {
        File ear = new File(System.getProperty("parley.ear", "target/parley.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    @ArquillianResource
    URL base;

    @Test
    void theServerIsReadyOnlyWithItsDatabase() {
        Reply ready = get("/health/ready", null);
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.json().getJsonArray("checks").getValuesAs(JsonObject.class))
                .anySatisfy(check -> {
                    assertThat(check.getString("name")).isEqualTo("database");
                    assertThat(check.getString("status")).isEqualTo("UP");
                });
    }

    @Test
    void aPersonSignsUpCreatesAServerAndReadsBackTheirMessage() {
        String name = "ear_" + UUID.randomUUID().toString().substring(0, 8);
        Reply registered = post("/api/auth/register", null, Json.createObjectBuilder()
                .add("email", name + "@example.test").add("username", name)
                .add("password", "correct horse battery").build().toString());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String token = registered.json().getString("accessToken");

        Reply me = get("/api/users/me", token);
        assertThat(me.status()).as("the bearer filter accepts our token: " + me).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo(name);
        assertThat(get("/api/users/me", null).status()).as("and refuses a missing one").isEqualTo(401);

        Reply server = post("/api/servers", token, "{\"name\":\"On the EAR\"}");
        assertThat(server.status()).as(server.toString()).isEqualTo(201);
        String serverId = server.json().getString("id");
        JsonArray channels = get("/api/servers/" + serverId + "/channels", token).array();
        assertThat(channels).hasSize(1);
        String channelId = channels.getJsonObject(0).getString("id");

        String path = "/api/channels/" + channelId + "/messages";
        Reply posted = post(path, token, "{\"content\":\"hello from Payara Server\"}");
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        Reply history = get(path, token);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.array()).singleElement()
                .satisfies(m -> {
                    assertThat(m.asJsonObject().getString("content")).isEqualTo("hello from Payara Server");
                    assertThat(m.asJsonObject().getJsonObject("author").getString("username")).isEqualTo(name);
                });
    }

    @Test
    void theUserInterfaceIsServedAtTheRoot() {
        // a signed-out visitor of / is sent to the sign-in page
        Reply root = send(HttpRequest.newBuilder(uri("/")).header("Accept", "text/html").GET().build());
        assertThat(root.status()).isEqualTo(302);
        Reply page = send(HttpRequest.newBuilder(uri("/login.xhtml")).header("Accept", "text/html").GET().build());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Parley").contains("password");
    }

    private record Reply(int status, String contentType, String body) {

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/+$", "") + path);
    }

    private Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    private Reply post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new AssertionError(request.uri() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
