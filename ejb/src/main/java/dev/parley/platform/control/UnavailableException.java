package dev.parley.platform.control;

import java.util.Map;

/**
 * It could not be done just now, through no fault of the request (a write batch that failed, a
 * dependency that is down): {@code unavailable}, 503, retryable. Nothing of it was stored, so sending
 * the same request again (with the same nonce, where there is one) is safe.
 */
public class UnavailableException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public UnavailableException(String detail) {
        super(ProblemType.UNAVAILABLE, detail, Map.of());
    }

    public UnavailableException(String detail, Throwable cause) {
        super(ProblemType.UNAVAILABLE, detail, Map.of(), cause);
    }
}
