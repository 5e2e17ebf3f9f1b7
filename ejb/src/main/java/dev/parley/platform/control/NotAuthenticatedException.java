package dev.parley.platform.control;

import java.util.Map;

/** No, a wrong or an expired credential: {@code not-authenticated}, 401. */
public class NotAuthenticatedException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String detail) {
        super(ProblemType.NOT_AUTHENTICATED, detail, Map.of());
    }

    public NotAuthenticatedException(String detail, Map<String, String> fields) {
        super(ProblemType.NOT_AUTHENTICATED, detail, fields);
    }
}
