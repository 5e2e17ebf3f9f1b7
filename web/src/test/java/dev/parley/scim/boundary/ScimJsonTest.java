package dev.parley.scim.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.scim.control.ScimUserView;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScimJsonTest {

    private static final String USERS = "https://chat.example.com/scim/v2/Users";

    @Test
    void anErrorIsInScimsSchemaWithItsStatusAsAString() {
        JsonObject e = ScimJson.error(409, "uniqueness", "userName 'a' is taken.");
        assertThat(e.toString()).isEqualTo("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],"
                + "\"status\":\"409\",\"scimType\":\"uniqueness\",\"detail\":\"userName 'a' is taken.\"}");
        assertThat(ScimJson.error(401, null, "no").containsKey("scimType")).isFalse();
    }

    @Test
    void aUserCarriesWhatIsKnownAndNothingElse() {
        UUID id = UUID.randomUUID();
        Instant t = Instant.parse("2026-12-07T05:00:00Z");
        JsonObject untouched = ScimJson.user(new ScimUserView(id, "ada", null, null, null, null, "ada@example.com",
                true, t, t), USERS);
        assertThat(untouched.keySet()).containsExactly("schemas", "id", "userName", "emails", "active", "meta");
        assertThat(untouched.getJsonObject("meta").getString("location")).isEqualTo(USERS + "/" + id);
        assertThat(untouched.getJsonArray("emails").getJsonObject(0).getBoolean("primary")).isTrue();

        JsonObject provisioned = ScimJson.user(new ScimUserView(id, "ada@example.com", "00u1", "Ada", "Lovelace",
                "<b>Ada</b>", "ada@example.com", false, t, t), USERS);
        assertThat(provisioned.getString("externalId")).isEqualTo("00u1");
        assertThat(provisioned.getJsonObject("name").getString("formatted")).isEqualTo("Ada Lovelace");
        assertThat(provisioned.getString("displayName")).isEqualTo("<b>Ada</b>");
        assertThat(provisioned.getBoolean("active")).isFalse();
    }

    @Test
    void onlyABearerTokenIsTaken() {
        assertThat(ScimServlet.bearer("Bearer abc")).isEqualTo("abc");
        assertThat(ScimServlet.bearer("bearer  abc ")).isEqualTo("abc");
        assertThat(ScimServlet.bearer("Basic abc")).isNull();
        assertThat(ScimServlet.bearer("Bearer ")).isNull();
        assertThat(ScimServlet.bearer(null)).isNull();
    }
}
