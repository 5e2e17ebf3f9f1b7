package dev.parley.scim.boundary;

import dev.parley.scim.control.ScimService;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What this SCIM service provider can do (RFC 7644 §4): the User resource only, PATCH and
 * {@code eq} filters yes; bulk, sorting, ETags and groups no. The User schema lists exactly the
 * attributes Parley keeps; others that providers send are ignored.
 */
final class ScimDocuments {

    private ScimDocuments() {
    }

    /** {@code base}: the absolute URL of {@code /scim/v2}. */
    static JsonObject serviceProviderConfig(String base) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"))
                .add("patch", supported(true))
                .add("bulk", supported(false).add("maxOperations", 0).add("maxPayloadSize", 0))
                .add("filter", supported(true).add("maxResults", ScimService.MAX_PAGE))
                .add("changePassword", supported(true))
                .add("sort", supported(false))
                .add("etag", supported(false))
                .add("authenticationSchemes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "oauthbearertoken")
                        .add("name", "Bearer token")
                        .add("description", "The token configured in PARLEY_SCIM_TOKEN, sent as 'Authorization: Bearer <token>'.")
                        .add("primary", true)))
                .add("meta", meta("ServiceProviderConfig", base + "/ServiceProviderConfig"))
                .build();
    }

    static JsonObject userResourceType(String base) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:schemas:core:2.0:ResourceType"))
                .add("id", "User")
                .add("name", "User")
                .add("endpoint", "/Users")
                .add("description", "A Parley account")
                .add("schema", ScimJson.USER_SCHEMA)
                .add("meta", meta("ResourceType", base + "/ResourceTypes/User"))
                .build();
    }

    static JsonObject userSchema(String base) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:schemas:core:2.0:Schema"))
                .add("id", ScimJson.USER_SCHEMA)
                .add("name", "User")
                .add("description", "A Parley account")
                .add("attributes", Json.createArrayBuilder()
                        .add(attribute("userName", "string", true, "readWrite", "default", "server")
                                .add("description", "Unique; a valid Parley username is used as the account's username,"
                                        + " another (such as an email address) gives one made of its letters."))
                        .add(attribute("name", "complex", false, "readWrite", "default", "none")
                                .add("subAttributes", Json.createArrayBuilder()
                                        .add(attribute("formatted", "string", false, "readWrite", "default", "none"))
                                        .add(attribute("familyName", "string", false, "readWrite", "default", "none"))
                                        .add(attribute("givenName", "string", false, "readWrite", "default", "none"))))
                        .add(attribute("displayName", "string", false, "readWrite", "default", "none"))
                        .add(attribute("active", "boolean", false, "readWrite", "default", "none")
                                .add("description", "false disables the account: its sign-ins end at once."))
                        .add(attribute("password", "string", false, "writeOnly", "never", "none")
                                .add("description", "Optional: a local password. Without one the person signs in"
                                        + " through the identity provider only."))
                        .add(attribute("emails", "complex", false, "readWrite", "default", "none")
                                .add("multiValued", true)
                                .add("description", "The primary one (else the first) is the account's email, counted as verified.")
                                .add("subAttributes", Json.createArrayBuilder()
                                        .add(attribute("value", "string", true, "readWrite", "default", "server"))
                                        .add(attribute("type", "string", false, "readWrite", "default", "none"))
                                        .add(attribute("primary", "boolean", false, "readWrite", "default", "none")))))
                .add("meta", meta("Schema", base + "/Schemas/" + ScimJson.USER_SCHEMA))
                .build();
    }

    /** A ListResponse of one resource, as {@code /ResourceTypes} and {@code /Schemas} answer. */
    static JsonObject listOf(JsonObject resource) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimJson.LIST_SCHEMA))
                .add("totalResults", 1).add("itemsPerPage", 1).add("startIndex", 1)
                .add("Resources", Json.createArrayBuilder().add(resource))
                .build();
    }

    private static JsonObjectBuilder attribute(String name, String type, boolean required, String mutability,
            String returned, String uniqueness) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", name).add("type", type)
                .add("multiValued", false).add("required", required);
        if (type.equals("string")) {
            b.add("caseExact", false);
        }
        return b.add("mutability", mutability).add("returned", returned).add("uniqueness", uniqueness);
    }

    private static JsonObjectBuilder supported(boolean yes) {
        return Json.createObjectBuilder().add("supported", yes);
    }

    private static JsonObjectBuilder meta(String resourceType, String location) {
        return Json.createObjectBuilder().add("resourceType", resourceType).add("location", location);
    }
}
