package dev.parley.platform.boundary;

import dev.parley.platform.control.ParleyException;
import dev.parley.platform.control.ProblemType;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Shows a refused request on the page: each field's complaint next to its input, the rest on top.
 * The words come from the same {@link ProblemType} vocabulary REST and the gateway answer with, in the
 * page's language ({@link UiTexts#locale()}, through {@link ProblemTexts}).
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
        Locale locale = UiTexts.locale();
        StringJoiner elsewhere = new StringJoiner("; ");
        for (Map.Entry<String, String> field : problem.fields().entrySet()) {
            String text = fieldText(field.getKey(), field.getValue(), locale);
            if (inputs.contains(field.getKey())) {
                faces.addMessage(form + ":" + field.getKey(), message(text));
            } else {
                elsewhere.add(text);
            }
        }
        if (problem.fields().isEmpty()) {
            faces.addMessage(null, message(text(problem, locale)));
        } else if (elsewhere.length() > 0) {
            faces.addMessage(null, message(elsewhere + "."));
        }
        faces.validationFailed();
    }

    /** A problem that belongs to no field; an English text of the problem catalog is shown in the page's language. */
    public static void show(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, message(ProblemTexts.text(text, UiTexts.locale())));
        faces.validationFailed();
    }

    /** A problem of a known type that no exception carries (e.g. a page parameter naming nothing). */
    public static void show(ProblemType type, String detail) {
        show(textOf(type, detail));
    }

    /** The sentence of a refusal in the page's language, for a page that shows it itself (e.g. its script). */
    public static String text(ParleyException problem) {
        return text(problem, UiTexts.locale());
    }

    /** An English problem text in the page's language (a text already in it stays as it is). */
    public static String text(String english) {
        return ProblemTexts.text(english, UiTexts.locale());
    }

    static String text(ParleyException problem, Locale locale) {
        return ProblemTexts.text(textOf(problem.problemType(), problem.getMessage()), locale);
    }

    /**
     * One field's complaint as a sentence of the page: in English the field's name and the complaint
     * ({@code Username must not be blank}), in Russian the field's Russian name, a colon and the complaint
     * ({@code Имя пользователя: не должно быть пустым}).
     */
    static String fieldText(String field, String complaint, Locale locale) {
        String name = ProblemTexts.field(field, locale);
        return ProblemTexts.isRussian(locale) ? name + ": " + ProblemTexts.text(complaint, locale)
                : name + " " + complaint;
    }

    private static String textOf(ProblemType type, String detail) {
        return detail == null || detail.isBlank() ? type.defaultDetail() : detail;
    }

    private static FacesMessage message(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }
}
