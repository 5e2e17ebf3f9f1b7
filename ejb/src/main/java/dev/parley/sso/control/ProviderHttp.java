package dev.parley.sso.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Parley talking to a provider, server to server: JSON in, JSON or a form out, with timeouts. A
 * provider that cannot be reached, or answers something else than JSON, is {@link SsoRefusal#UNAVAILABLE}
 * (an error answer of its token endpoint is the provider's refusal: {@link SsoRefusal#DENIED}).
 */
@ApplicationScoped
public class ProviderHttp {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_BODY = 1 << 20;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

    /** A JSON object from a GET, with these headers (name, value, …). */
    public Map<String, Object> getObject(String url, String... headers) {
        return parseObject(url, send(HttpRequest.newBuilder(URI.create(url)).GET(), url, headers));
    }

    /** A JSON array of objects from a GET, with these headers. */
    public List<Object> getArray(String url, String... headers) {
        String body = send(HttpRequest.newBuilder(URI.create(url)).GET(), url, headers);
        try {
            Map<String, Object> wrapped = JSONObjectUtils.parse("{\"a\":" + body + "}", MAX_BODY);
            Object array = wrapped.get("a");
            if (array instanceof List<?> list) {
                return List.copyOf(list);
            }
        } catch (java.text.ParseException e) {
            // below
        }
        throw new SsoRefusal(SsoRefusal.UNAVAILABLE, "The provider answered " + url + " with something else than a JSON array.");
    }

    /** POSTs a form and reads a JSON object; an OAuth error answer (4xx with JSON) is read too. */
    public Map<String, Object> postForm(String url, Map<String, String> form, String... headers) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        return parseObject(url, send(request, url, headers, true));
    }

    private String send(HttpRequest.Builder request, String url, String[] headers) {
        return send(request, url, headers, false);
    }

    private String send(HttpRequest.Builder request, String url, String[] headers, boolean errorsToo) {
        request.timeout(TIMEOUT).header("Accept", "application/json").header("User-Agent", "Parley");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | IllegalArgumentException e) {
            throw new SsoRefusal(SsoRefusal.UNAVAILABLE, "The provider could not be reached at " + url + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SsoRefusal(SsoRefusal.UNAVAILABLE, "Interrupted while asking the provider.", e);
        }
        int status = response.statusCode();
        boolean ok = status / 100 == 2 || errorsToo && status >= 400 && status < 500;
        if (!ok || response.body().length() > MAX_BODY) {
            throw new SsoRefusal(SsoRefusal.UNAVAILABLE, "The provider answered " + url + " with HTTP " + status + ".");
        }
        return response.body();
    }

    private static Map<String, Object> parseObject(String url, String body) {
        try {
            return JSONObjectUtils.parse(body, MAX_BODY);
        } catch (java.text.ParseException e) {
            throw new SsoRefusal(SsoRefusal.UNAVAILABLE, "The provider answered " + url + " with something else than JSON.", e);
        }
    }
}
