package dev.parley.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Which part of the application a request is for, by its path inside the application: the
 * programs' interfaces (REST, OpenAPI, health, metrics, the gateway and the Faces push socket),
 * which keep their own headers, and the browser UI (pages, Faces resources, error pages).
 */
final class WebPaths {

    static final String FACES_RESOURCES = "/jakarta.faces.resource/";
    static final String WEBJARS = "/webjars/";

    private WebPaths() {
    }

    /** The path inside the application; for an error dispatch, the path of the request that failed. */
    static String of(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed != null ? failed.toString() : request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** Not the browser UI: REST, OpenAPI, health, metrics, and the WebSocket endpoints. */
    static boolean isProgrammatic(String path) {
        return path.startsWith("/api/") || path.equals("/api")
                || path.equals("/openapi") || path.startsWith("/openapi/")
                || path.equals("/health") || path.startsWith("/health/")
                || path.equals("/metrics") || path.startsWith("/metrics/")
                || path.equals("/gateway") || path.startsWith("/gateway/")
                || path.startsWith(PushHandshakeFilter.PATH);
    }

    /** Static files with their version in the URL: a Faces resource or a WebJar. */
    static boolean isStatic(String path) {
        return path.startsWith(FACES_RESOURCES) || path.startsWith(WEBJARS);
    }
}
