package dev.parley.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for the Faces UI: keeps its cookies, follows no redirect, reads the
 * hidden fields of a page and posts forms with whatever headers a test chooses (another site's
 * {@code Origin}, no form token) — what a forged request looks like on the wire.
 */
final class FormClient {

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    FormClient(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** This installation's origin as a browser names it ({@code http://host:port}). */
    String origin() {
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts the form fields; {@code headers} may name Origin, Referer, Faces-Request. */
    HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** The session cookie's value, if the server set one. */
    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    /** Signs in through the sign-in page as its button would (an ajax post of the form). */
    void signIn(String login, String password) {
        HttpResponse<String> page = get("/login.xhtml");
        Map<String, String> form = pageFields(page.body());
        form.put("signin", "signin");
        form.put("signin:login", login);
        form.put("signin:password", password);
        form.put("signin:next", "");
        HttpResponse<String> answer = post("/login.xhtml", ajax(form, "signin:submit", "signin"), sameOrigin());
        if (answer.statusCode() != 200 || !answer.body().contains("<redirect")) {
            throw new AssertionError("sign-in failed: " + answer.statusCode() + " " + answer.body());
        }
    }

    /** The fields every Faces form of the page carries: view state, form token and the script nonce. */
    static Map<String, String> pageFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.ViewState", hiddenField(html, "jakarta.faces.ViewState"));
        fields.put("parley.csrf", hiddenField(html, "parley.csrf"));
        fields.put("primefaces.nonce", nonce(html));
        return fields;
    }

    /** The fields PrimeFaces adds when a button posts its form by ajax. */
    static Map<String, String> ajax(Map<String, String> form, String source, String execute) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put(source, source);
        return fields;
    }

    Map<String, String> sameOrigin() {
        return Map.of("Origin", origin(), "Faces-Request", "partial/ajax");
    }

    static String hiddenField(String html, String name) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no hidden field " + name + " in the page");
        }
        return m.group(1).replace("&amp;", "&");
    }

    /** The page's script nonce (PrimeFaces posts it back with every form). */
    static String nonce(String html) {
        Matcher m = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no script nonce in the page");
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
