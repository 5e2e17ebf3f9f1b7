package dev.parley.identity.control;

import dev.parley.identity.entity.UserAccount;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.NotFoundException;
import dev.parley.platform.control.Texts;
import dev.parley.presence.control.PresenceService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** One's own profile (display name, bio, status text, language) and the public profiles of others. */
@Stateless
public class ProfileService {

    public static final int DISPLAY_NAME_MAX = 32;
    public static final int BIO_MAX = 190;
    public static final int STATUS_TEXT_MAX = 128;
    /** The languages the UI and the mail speak. */
    public static final Set<String> LOCALES = Set.of("en", "ru");

    @Inject
    IdentityStore store;

    @Inject
    Inputs inputs;

    @Inject
    PresenceService presence;

    /**
     * Changes the fields named in {@code given} (a field left out keeps its value; null or blank clears
     * it); all or nothing: every field is checked first. The account as it is now.
     */
    public AccountView update(UUID userId, ProfileChanges changes, Set<String> given) {
        inputs.check(changes);
        Map<String, String> problems = new TreeMap<>();
        String displayName = given.contains("displayName")
                ? text(changes.displayName(), "displayName", DISPLAY_NAME_MAX, true, problems) : null;
        String bio = given.contains("bio") ? text(changes.bio(), "bio", BIO_MAX, false, problems) : null;
        String statusText = given.contains("statusText")
                ? text(changes.statusText(), "statusText", STATUS_TEXT_MAX, true, problems) : null;
        String locale = changes.locale();
        if (given.contains("locale") && locale != null && !LOCALES.contains(locale)) {
            problems.put("locale", "must be en, ru or null");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are not valid.", problems);
        }
        UserAccount user = store.user(userId).orElseThrow(() -> new NotFoundException("No such user."));
        if (given.contains("displayName")) {
            user.setDisplayName(displayName);
        }
        if (given.contains("bio")) {
            user.setBio(bio);
        }
        if (given.contains("statusText")) {
            user.setStatusText(statusText);
        }
        if (given.contains("locale")) {
            user.setLocale(locale);
        }
        return AccountView.of(user);
    }

    /** Anyone's public profile; 404 for an unknown id. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProfileView profile(UUID caller, UUID userId) {
        UserAccount user = store.user(userId).orElseThrow(() -> new NotFoundException("No such user."));
        String status;
        try {
            status = presence.presence(caller, userId).status();
        } catch (NotFoundException sharesNoServer) {
            status = null;
        }
        return ProfileView.of(user, status);
    }

    /** A text field: stripped, null when blank, at most {@code max} characters, one line where asked. */
    private static String text(String value, String field, int max, boolean oneLine, Map<String, String> problems) {
        if (value == null || Texts.isBlank(value)) {
            return null;
        }
        String v = value.strip();
        if (v.codePointCount(0, v.length()) > max) {
            problems.put(field, "must be at most " + max + " characters");
        } else if (oneLine && v.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')) {
            problems.put(field, "must be one line");
        }
        return v;
    }
}
