package dev.parley.scim.boundary;

import dev.parley.platform.control.ParleyException;
import dev.parley.platform.control.PublicUrl;
import dev.parley.scim.control.ScimException;
import dev.parley.scim.control.ScimFilter;
import dev.parley.scim.control.ScimInput;
import dev.parley.scim.control.ScimPage;
import dev.parley.scim.control.ScimPatch;
import dev.parley.scim.control.ScimService;
import dev.parley.scim.control.ScimToken;
import dev.parley.scim.control.ScimUserView;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SCIM 2.0 endpoint ({@code /scim/v2}) the company's identity provider provisions users through:
 * {@code GET/POST /Users}, {@code GET/PUT/PATCH/DELETE /Users/{id}}, and the discovery documents. Every
 * request needs the bearer token of {@link ScimToken}; with none configured the whole path answers
 * 404. Answers are {@code application/scim+json}; errors use SCIM's error schema with its
 * {@code scimType}s (docs/scim.md).
 */
@WebServlet(ScimServlet.PATH + "/*")
public class ScimServlet extends HttpServlet {

    public static final String PATH = "/scim/v2";
    static final int DEFAULT_COUNT = 100;
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ScimServlet.class.getName());

    @Inject
    ScimToken token;

    @Inject
    ScimService scim;

    @Inject
    PublicUrl publicUrl;

    @Inject
    @ConfigProperty(name = "parley.api.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (!token.enabled()) {
                throw ScimException.notFound("SCIM provisioning is not switched on (PARLEY_SCIM_TOKEN).");
            }
            if (!token.matches(bearer(request.getHeader("Authorization")))) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"SCIM\"");
                throw new ScimException(401, null, "The bearer token is missing or wrong.");
            }
            route(request, response);
        } catch (ScimException e) {
            answer(response, e.status(), ScimJson.error(e.status(), e.scimType(), e.detail()));
        } catch (ParleyException e) {
            answer(response, e.status(), ScimJson.error(e.status(), null, e.getMessage()));
        } catch (RuntimeException e) { // EJBException and whatever else: logged here, never shown
            LOG.log(Level.SEVERE, "SCIM " + request.getMethod() + " failed", e);
            answer(response, 500, ScimJson.error(500, null, "The request failed; nothing was changed."));
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // a base URL configured with a trailing slash makes some providers ask for //Users
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceAll("/{2,}", "/");
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String base = publicUrl.of(PATH);
        String users = base + "/Users";
        switch (path) {
            case "/ServiceProviderConfig" -> {
                allow(method, "GET");
                answer(response, 200, ScimDocuments.serviceProviderConfig(base));
            }
            case "/ResourceTypes" -> {
                allow(method, "GET");
                answer(response, 200, ScimDocuments.listOf(ScimDocuments.userResourceType(base)));
            }
            case "/ResourceTypes/User" -> {
                allow(method, "GET");
                answer(response, 200, ScimDocuments.userResourceType(base));
            }
            case "/Schemas" -> {
                allow(method, "GET");
                answer(response, 200, ScimDocuments.listOf(ScimDocuments.userSchema(base)));
            }
            case "/Schemas/" + ScimJson.USER_SCHEMA -> {
                allow(method, "GET");
                answer(response, 200, ScimDocuments.userSchema(base));
            }
            case "/Users", "/Users/" -> {
                if (method.equals("GET")) {
                    String filter = request.getParameter("filter");
                    ScimPage page = scim.list(filter == null ? null : ScimFilter.parse(filter),
                            Math.max(1, integer(request, "startIndex", 1)),
                            Math.min(ScimService.MAX_PAGE, Math.max(0, integer(request, "count", DEFAULT_COUNT))));
                    answer(response, 200, ScimJson.list(page, users));
                } else {
                    allow(method, "POST");
                    ScimUserView created = scim.create(ScimInput.user(body(request)));
                    response.setHeader("Location", users + "/" + created.id());
                    answer(response, 201, ScimJson.user(created, users));
                }
            }
            default -> {
                if (!path.startsWith("/Users/") || path.indexOf('/', "/Users/".length()) >= 0) {
                    throw ScimException.notFound("No such SCIM resource.");
                }
                UUID id = id(path.substring("/Users/".length()));
                switch (method) {
                    case "GET" -> answer(response, 200, ScimJson.user(scim.get(id), users));
                    case "PUT" -> answer(response, 200, ScimJson.user(scim.replace(id, ScimInput.user(body(request))), users));
                    case "PATCH" -> answer(response, 200,
                            ScimJson.user(scim.patch(id, ScimPatch.operations(body(request))), users));
                    case "DELETE" -> {
                        scim.delete(id);
                        response.setStatus(204);
                    }
                    default -> throw new ScimException(405, null, method + " is not allowed here.");
                }
            }
        }
    }

    private static void allow(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw new ScimException(405, null, method + " is not allowed here; use " + allowed + ".");
        }
    }

    /** The request's JSON object: SCIM or plain JSON, at most the API's body limit. */
    private JsonObject body(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type != null && !type.toLowerCase(Locale.ROOT).strip().matches("application/(scim\\+)?json\\s*(;.*)?")) {
            throw new ScimException(415, null, "Send application/scim+json.");
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw new ScimException(413, null, "The body is larger than " + maxBodyBytes + " bytes.");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        }
        if (bytes.length > maxBodyBytes) {
            throw new ScimException(413, null, "The body is larger than " + maxBodyBytes + " bytes.");
        }
        JsonStructure json;
        try (var reader = Json.createReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            json = reader.read();
        } catch (JsonException | IllegalStateException e) {
            throw ScimException.invalidSyntax("The body is not JSON.");
        }
        if (!(json instanceof JsonObject object)) {
            throw ScimException.invalidSyntax("The body must be a JSON object.");
        }
        return object;
    }

    private static int integer(HttpServletRequest request, String name, int otherwise) {
        String text = request.getParameter(name);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            if (text.strip().matches("[+-]?\\d+")) {
                return text.strip().startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            }
            throw ScimException.invalidValue(name + " must be a whole number.");
        }
    }

    /** A user id; anything that is not one is a user that does not exist. */
    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ScimException.notFound("No such user.");
        }
    }

    static String bearer(String authorization) {
        if (authorization == null || authorization.length() <= 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String t = authorization.substring(7).strip();
        return t.isEmpty() ? null : t;
    }

    private static void answer(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType(ScimJson.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.toString());
        response.flushBuffer();
    }
}
