package dev.parley.platform.boundary;

import dev.parley.platform.control.ParleyException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become HTTP answers: business exceptions keep their status and
 * type, JAX-RS's own (unknown path, wrong method, unreadable body) get theirs, and anything
 * unexpected is a 500 whose details go to the log under an id, never to the client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = problemFor(unwrap(thrown));
        if (problem.status() == 413) {
            // the client is still sending the rest of the body: end the connection, not just the request
            return Response.fromResponse(respond(problem)).header("Connection", "close").build();
        }
        return respond(problem);
    }

    static Problem problemFor(Throwable t) {
        if (causedBy(t, BodyLimitFilter.BodyTooLargeException.class)) {
            return forStatus(413);
        }
        if (t instanceof ParleyException p) {
            return Problem.of(p.type(), p.title(), p.status(), p.getMessage(), p.fields());
        }
        if (t instanceof WebApplicationException w) {
            if (causedByBadJson(w)) {
                return malformedJson();
            }
            int status = w.getResponse().getStatus();
            return status >= 500 ? internal(w) : forStatus(status);
        }
        if (t instanceof JsonbException || t instanceof ProcessingException) {
            return malformedJson();
        }
        return internal(t);
    }

    /** The problem for an HTTP status that no business exception explains (the container's own). */
    static Problem forStatus(int status) {
        return switch (status) {
            case 401 -> Problem.of("not-authenticated", "Not authenticated", 401, "Sign in first.", null);
            case 403 -> Problem.of("forbidden", "Forbidden", 403, "You may not do this.", null);
            case 404 -> Problem.of("not-found", "Not found", 404, "There is nothing here.", null);
            case 405 -> Problem.of("method-not-allowed", "Method not allowed", 405,
                    "This resource does not support that method.", null);
            case 406 -> Problem.of("not-acceptable", "Not acceptable", 406, "This resource answers in JSON.", null);
            case 413 -> Problem.of("too-large", "Request too large", 413, "The request body is too large.", null);
            case 415 -> Problem.of("unsupported-media-type", "Unsupported media type", 415, "Send application/json.", null);
            default -> status >= 500
                    ? Problem.of("internal", "Internal error", status, "Something went wrong on our side.", null)
                    : Problem.of("bad-request", "Bad request", status, "The request could not be understood.", null);
        };
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedByBadJson(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof JsonbException || c instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }

    private static Problem malformedJson() {
        return Problem.of("malformed-json", "Malformed JSON", 400, "The request body is not valid JSON of the expected shape.",
                Map.of("body", "is not valid JSON of the expected shape"));
    }

    private static Problem internal(Throwable t) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure, incident " + incident, t);
        return Problem.of("internal", "Internal error", 500,
                "Something went wrong on our side. Incident " + incident + ".", null);
    }

    /** The cause an EJB container wrapped in {@link EJBException}s. */
    public static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
