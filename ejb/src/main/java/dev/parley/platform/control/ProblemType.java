package dev.parley.platform.control;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one vocabulary of problems, shared by every way in: REST answers them as
 * {@code application/problem+json} (the {@code type} URI ends in the {@link #slug()}), the gateway as
 * {@code error} events (its {@code code} is the slug, its {@code status} the HTTP status), the
 * Faces UI as page messages. A slug is a public, documented name (docs/api.md, docs/gateway.md):
 * add new ones, never rename one.
 */
public enum ProblemType {

    // what the caller sent
    INVALID_INPUT("invalid-input", "Invalid input", 400, "Some fields are not valid."),
    MALFORMED_JSON("malformed-json", "Malformed JSON", 400, "The request body is not valid JSON of the expected shape."),
    BAD_REQUEST("bad-request", "Bad request", 400, "The request could not be understood."),
    MALFORMED_URI("malformed-uri", "Malformed URI", 400, "The request URI is not valid."),
    MALFORMED_FRAME("malformed-frame", "Malformed frame", 400, "The frame is not a JSON object with an event name."),
    UNKNOWN_EVENT("unknown-event", "Unknown event", 400, "There is no such event."),
    ALREADY_AUTHENTICATED("already-authenticated", "Already authenticated", 400,
            "This connection is already authenticated."),
    INVALID_LINK("invalid-link", "Invalid link", 400, "This link has expired or was already used."),
    // who the caller is and what they may do
    NOT_AUTHENTICATED("not-authenticated", "Not authenticated", 401, "Sign in first."),
    FORBIDDEN("forbidden", "Forbidden", 403, "You may not do this."),
    LOCAL_PASSWORDS_OFF("local-passwords-off", "Local passwords are off", 403,
            "This installation signs people in through its identity provider only."),
    EMAIL_NOT_VERIFIED("email-not-verified", "Email not verified", 403,
            "Verify your email address first: until then you can read, but not write."),
    NOT_FOUND("not-found", "Not found", 404, "There is nothing here."),
    // how the caller asked
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405, "This resource does not support that method."),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406, "This resource answers in JSON."),
    CONFLICT("conflict", "Conflict", 409, "This clashes with something that exists."),
    TOO_LARGE("too-large", "Request too large", 413, "The request body is too large."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415, "Send application/json."),
    RATE_LIMITED("rate-limited", "Too many requests", 429, "Slow down and try again shortly.", true),
    // our side
    INTERNAL("internal", "Internal error", 500, "Something went wrong on our side."),
    UNAVAILABLE("unavailable", "Service unavailable", 503, "This could not be done just now; try again.", true);

    /** Where the slugs live as URIs: {@code https://parley.dev/problems/not-found}. */
    public static final String URI_BASE = "https://parley.dev/problems/";

    private static final Map<String, ProblemType> BY_SLUG = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ProblemType::slug, Function.identity()));

    private final String slug;
    private final String title;
    private final int status;
    private final String detail;
    private final boolean retryable;

    ProblemType(String slug, String title, int status, String detail) {
        this(slug, title, status, detail, false);
    }

    ProblemType(String slug, String title, int status, String detail, boolean retryable) {
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.retryable = retryable;
    }

    /** The stable name, e.g. {@code not-found}: REST's type URI ends in it, the gateway's error {@code code} is it. */
    public String slug() {
        return slug;
    }

    /** A short human title, the same for every occurrence of the type. */
    public String title() {
        return title;
    }

    /** The HTTP status REST answers with; the gateway's error events carry it as {@code status}. */
    public int status() {
        return status;
    }

    /** What to tell a person when nothing more specific is known. */
    public String defaultDetail() {
        return detail;
    }

    /** Whether the same request may succeed if simply sent again later. */
    public boolean retryable() {
        return retryable;
    }

    /** The RFC 9457 {@code type} URI. */
    public String uri() {
        return URI_BASE + slug;
    }

    public static Optional<ProblemType> ofSlug(String slug) {
        return Optional.ofNullable(slug == null ? null : BY_SLUG.get(slug));
    }

    /**
     * The type for an HTTP status that no business exception explains (what the container answers
     * itself): the one type with that status, {@code bad-request} for other 4xx, {@code internal}
     * for 5xx other than 503.
     */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> NOT_AUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
