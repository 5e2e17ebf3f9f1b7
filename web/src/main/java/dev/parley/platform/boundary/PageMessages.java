package dev.parley.platform.boundary;

import dev.parley.platform.control.ParleyException;
import dev.parley.platform.control.ProblemType;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Shows a refused request on the page: each field's complaint next to its input, the rest on top.
 * The words come from the same {@link ProblemType} vocabulary REST and the gateway answer with.
 */
public final class PageMessages {

    private PageMessages() {
    }

    /**
     * @param form the client id of the form whose inputs have the ids of the service's field names
     * @param inputs the field names that exist as inputs in that form
     */
    public static void show(ParleyException problem, String form, Set<String> inputs) {
        FacesContext faces = FacesContext.getCurrentInstance();
        StringJoiner elsewhere = new StringJoiner("; ");
        for (Map.Entry<String, String> field : problem.fields().entrySet()) {
            String text = capitalized(field.getKey()) + " " + field.getValue();
            if (inputs.contains(field.getKey())) {
                faces.addMessage(form + ":" + field.getKey(), message(text));
            } else {
                elsewhere.add(text);
            }
        }
        if (problem.fields().isEmpty()) {
            faces.addMessage(null, message(textOf(problem.problemType(), problem.getMessage())));
        } else if (elsewhere.length() > 0) {
            faces.addMessage(null, message(elsewhere + "."));
        }
        faces.validationFailed();
    }

    /** A problem that belongs to no field. */
    public static void show(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, message(text));
        faces.validationFailed();
    }

    /** A problem of a known type that no exception carries (e.g. a page parameter naming nothing). */
    public static void show(ProblemType type, String detail) {
        show(textOf(type, detail));
    }

    private static String textOf(ProblemType type, String detail) {
        return detail == null || detail.isBlank() ? type.defaultDetail() : detail;
    }

    private static FacesMessage message(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    private static String capitalized(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
