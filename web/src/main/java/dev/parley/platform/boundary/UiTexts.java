package dev.parley.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the UI in the page's language, for what the server renders and for what the page's
 * script writes itself. Bundles live in {@code i18n/<room>.properties} and {@code i18n/<room>_ru.properties}
 * (UTF-8); a page names the ones its script needs with {@code <ui:param name="scriptTexts" value="i18n.chat i18n.servers"/>}
 * and the template writes them as a JSON data block that {@code js/texts.js} reads (a data block is
 * not script, so the Content-Security-Policy allows it).
 */
@Named("uiTexts")
@RequestScoped
public class UiTexts {

    /** All keys of the named bundles (space- or comma-separated base names) as one JSON object, safe inside a script element. */
    public String json(String bundles) {
        JsonObjectBuilder texts = Json.createObjectBuilder();
        if (bundles != null) {
            Locale locale = locale();
            for (String name : bundles.split("[\\s,]+")) {
                if (name.isEmpty()) {
                    continue;
                }
                ResourceBundle bundle = bundle(name, locale);
                for (String key : bundle.keySet()) {
                    texts.add(key, bundle.getString(key));
                }
            }
        }
        return scriptSafe(texts.build().toString());
    }

    /**
     * A text with its count in the page's language: the key's plural form ({@code key.one}, {@code key.few},
     * {@code key.many}, {@code key.other}, falling back to {@code key.other}) formatted with the count as {@code {0}}.
     */
    public String plural(String bundle, String key, long count) {
        Locale locale = locale();
        return plural(bundle(bundle, locale), locale, key, count);
    }

    /** The same, for a backing bean that already holds the bundle. */
    public static String plural(ResourceBundle bundle, Locale locale, String key, long count) {
        String pattern;
        try {
            pattern = bundle.getString(key + "." + Plurals.category(locale, count));
        } catch (MissingResourceException e) {
            pattern = bundle.getString(key + ".other");
        }
        return new MessageFormat(pattern, locale).format(new Object[] {count});
    }

    /** A text of a bundle in the current page's language, formatted with its arguments ({@code {0}}, {@code {1}}…). */
    public static String text(String bundle, String key, Object... args) {
        Locale locale = locale();
        String pattern = bundle(bundle, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * A bundle in a language: its own file, else the base (English) file — never the server's default locale's,
     * which would show Russian to an English page on a machine set up in Russian.
     */
    public static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, UiTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The page's language (the view's locale: the user's choice, else the browser's). */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Locale.ENGLISH;
        }
        if (faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return faces.getViewRoot().getLocale();
        }
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    /** JSON that cannot end the script element it is written into nor open markup: {@code < > &} as escapes. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
