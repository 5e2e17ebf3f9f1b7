package dev.parley.permission.boundary;

import dev.parley.permission.control.PermissionExplainer;
import dev.parley.permission.control.PermissionExplainer.Source;
import dev.parley.permission.control.PermissionExplainer.Step;
import dev.parley.permission.control.PermissionExplanation;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * An explanation ({@link PermissionExplainer}) as sentences in the reader's language: the verdict and one
 * sentence per step, made from what each step records (its kind, effect, role or member, where the
 * overwrite is set) rather than from the English {@code detail} the API carries. The member is named
 * as the page names them.
 */
public final class ExplanationTexts {

    /** One step as the page lists it: its kind and effect (for styling and tests) and its sentence. */
    public record Line(String step, String effect, String text) {
    }

    private final ResourceBundle texts;
    private final Locale locale;

    public ExplanationTexts(ResourceBundle texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** The texts in the page's language. */
    public static ExplanationTexts forPage() {
        Locale locale = dev.parley.platform.boundary.UiTexts.locale();
        return new ExplanationTexts(PermissionGroups.bundle(locale), locale);
    }

    /** "alice has “Send messages” here." or "… does not have …". */
    public String verdict(PermissionExplanation e, String member) {
        return format(e.allowed() ? "explain.verdict.allowed" : "explain.verdict.denied", member,
                label(e.permission()));
    }

    /**
     * The steps as sentences.
     *
     * @param member       the member's name as the page shows it
     * @param timeoutUntil when the member's time-out ends (for a time-out step), or null
     */
    public List<Line> steps(PermissionExplanation e, String member, OffsetDateTime timeoutUntil) {
        String permission = label(e.permission());
        UUID everyoneId = e.steps().stream().filter(s -> PermissionExplainer.EVERYONE.equals(s.step()))
                .map(s -> s.source().id()).findFirst().orElse(null);
        boolean roleDenied = false;
        List<Line> lines = new ArrayList<>();
        for (Step s : e.steps()) {
            String text = switch (s.step()) {
                case PermissionExplainer.OWNER -> format("explain.owner", member);
                case PermissionExplainer.EVERYONE -> format(PermissionExplainer.ALLOW.equals(s.effect())
                        ? "explain.everyone.grants" : "explain.everyone.lacks", permission);
                case PermissionExplainer.ROLE -> format("explain.role", s.source().name(), permission);
                case PermissionExplainer.ADMINISTRATOR -> format("explain.administrator", s.source().name());
                case PermissionExplainer.OVERWRITE -> {
                    boolean role = PermissionExplainer.ROLE.equals(s.source().type());
                    boolean deny = PermissionExplainer.DENY.equals(s.effect());
                    boolean ofRole = role && !s.source().id().equals(everyoneId);
                    String key = "explain.overwrite." + (role ? "role." : "member.")
                            + (deny ? "deny" : ofRole && roleDenied ? "allowWins" : "allow");
                    roleDenied |= ofRole && deny;
                    yield format(key, role ? s.source().name() : member, where(s.on(), e.channelId()), permission);
                }
                case PermissionExplainer.VIEW_CHANNEL -> format("explain.viewChannel", member);
                case PermissionExplainer.TIMEOUT -> format(PermissionExplainer.DENY.equals(s.effect())
                        ? "explain.timeout.denies" : "explain.timeout.keeps", member, when(timeoutUntil), permission);
                default -> s.detail();
            };
            lines.add(new Line(s.step(), s.effect(), text));
        }
        return lines;
    }

    /** A permission's label by its name. */
    public String label(String permission) {
        return PermissionGroups.label(texts, permission);
    }

    private String where(Source on, UUID channelId) {
        if (on == null || on.id().equals(channelId)) {
            return texts.getString("explain.where.channel");
        }
        return format("category".equals(on.type()) ? "explain.where.category" : "explain.where.other", on.name());
    }

    private String when(OffsetDateTime until) {
        if (until == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(until.withOffsetSameInstant(ZoneOffset.UTC)) + " UTC";
    }

    private String format(String key, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }
}
