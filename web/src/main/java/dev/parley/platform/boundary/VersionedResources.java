package dev.parley.platform.boundary;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts the version of a Faces resource in its URL ({@code v=}), so that the 7 days browsers may keep
 * a script or stylesheet never serve an old one after an upgrade: a resource whose URL has no
 * version yet (our own {@code resources/js} and {@code resources/css}, Faces' {@code faces.js}, WebJars)
 * gets the first 12 hex digits of its content's SHA-256. A file that changes gets a new URL, one that
 * does not keeps its cached copy. PrimeFaces already names its own version. Registered in faces-config.xml.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    static final String PARAM = "v";
    private final Map<String, Optional<String>> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        return resource == null ? null : new Versioned(resource, this);
    }

    /** The version of a resource's content, computed once (a running application's resources do not change). */
    Optional<String> version(Resource resource) {
        String key = resource.getLibraryName() + "/" + resource.getResourceName();
        return versions.computeIfAbsent(key, k -> digest(resource));
    }

    static Optional<String> digest(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(hash(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a request path names a version already. */
    static boolean hasVersion(String path) {
        int query = path.indexOf('?');
        return query >= 0 && ("&" + path.substring(query + 1)).contains("&" + PARAM + "=");
    }

    /** Appends {@code v=} to a request path. */
    static String withVersion(String path, String version) {
        return path + (path.indexOf('?') >= 0 ? "&" : "?") + PARAM + "=" + version;
    }

    private static final class Versioned extends ResourceWrapper {

        private final VersionedResources handler;

        Versioned(Resource wrapped, VersionedResources handler) {
            super(wrapped);
            this.handler = handler;
        }

        @Override
        public String getRequestPath() {
            String path = getWrapped().getRequestPath();
            if (path == null || hasVersion(path)) {
                return path;
            }
            return handler.version(getWrapped()).map(v -> withVersion(path, v)).orElse(path);
        }
    }
}
