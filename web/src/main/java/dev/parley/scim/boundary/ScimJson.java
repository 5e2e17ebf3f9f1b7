package dev.parley.scim.boundary;

import dev.parley.scim.control.ScimPage;
import dev.parley.scim.control.ScimUserView;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** SCIM resources and messages as JSON (RFC 7643 §4.1, RFC 7644 §3.4.2 and §3.12). */
final class ScimJson {

    static final String MEDIA_TYPE = "application/scim+json";
    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    private ScimJson() {
    }

    /** {@code usersUrl}: the absolute URL of {@code /scim/v2/Users}, for {@code meta.location}. */
    static JsonObject user(ScimUserView u, String usersUrl) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(USER_SCHEMA))
                .add("id", u.id().toString());
        add(b, "externalId", u.externalId());
        b.add("userName", u.userName());
        if (u.givenName() != null || u.familyName() != null) {
            JsonObjectBuilder name = Json.createObjectBuilder();
            add(name, "givenName", u.givenName());
            add(name, "familyName", u.familyName());
            String formatted = ((u.givenName() == null ? "" : u.givenName()) + " "
                    + (u.familyName() == null ? "" : u.familyName())).strip();
            name.add("formatted", formatted);
            b.add("name", name);
        }
        add(b, "displayName", u.displayName());
        b.add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("value", u.email()).add("type", "work").add("primary", true)));
        b.add("active", u.active());
        b.add("meta", Json.createObjectBuilder()
                .add("resourceType", "User")
                .add("created", u.created().toString())
                .add("lastModified", u.lastModified().toString())
                .add("location", usersUrl + "/" + u.id()));
        return b.build();
    }

    static JsonObject list(ScimPage page, String usersUrl) {
        JsonArrayBuilder resources = Json.createArrayBuilder();
        page.resources().forEach(u -> resources.add(user(u, usersUrl)));
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(LIST_SCHEMA))
                .add("totalResults", page.totalResults())
                .add("itemsPerPage", page.resources().size())
                .add("startIndex", page.startIndex())
                .add("Resources", resources)
                .build();
    }

    /** SCIM's error message; {@code status} is a string there. */
    static JsonObject error(int status, String scimType, String detail) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ERROR_SCHEMA))
                .add("status", Integer.toString(status));
        add(b, "scimType", scimType);
        add(b, "detail", detail);
        return b.build();
    }

    private static void add(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
