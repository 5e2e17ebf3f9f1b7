package dev.parley.permission.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.permission.control.PermissionExplainer;
import dev.parley.permission.control.PermissionExplainer.Source;
import dev.parley.permission.control.PermissionExplainer.Step;
import dev.parley.permission.control.PermissionExplanation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExplanationTextsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final UUID CHANNEL = UUID.randomUUID();
    private static final UUID CATEGORY = UUID.randomUUID();
    private static final UUID EVERYONE = UUID.randomUUID();
    private static final UUID QUIET = UUID.randomUUID();
    private static final UUID LOUD = UUID.randomUUID();
    private static final UUID ANNA = UUID.randomUUID();

    private static final Source EVERYONE_ROLE = new Source("role", EVERYONE, "@everyone");
    private static final Source HERE = new Source("channel", CHANNEL, "general");
    private static final Source ANNA_MEMBER = new Source("member", ANNA, "anna");

    private static ExplanationTexts in(Locale locale) {
        return new ExplanationTexts(PermissionGroups.bundle(locale), locale);
    }

    private static Step step(String kind, Source source, Source on, String effect) {
        return new Step(kind, source, on, effect, "the API's English");
    }

    private static PermissionExplanation explanation(boolean allowed, String permission, Step... steps) {
        return new PermissionExplanation(ANNA, CHANNEL, List.of(), permission, allowed, List.of(steps));
    }

    /** @everyone grants it, a role's overwrite on the channel denies it, the member's own allows it again. */
    private static final PermissionExplanation OVERWRITTEN = explanation(true, "SEND_MESSAGES",
            step(PermissionExplainer.EVERYONE, EVERYONE_ROLE, null, PermissionExplainer.ALLOW),
            step(PermissionExplainer.OVERWRITE, new Source("role", QUIET, "quiet"), HERE, PermissionExplainer.DENY),
            step(PermissionExplainer.OVERWRITE, new Source("role", LOUD, "loud"), HERE, PermissionExplainer.ALLOW),
            step(PermissionExplainer.OVERWRITE, ANNA_MEMBER, new Source("category", CATEGORY, "Staff"),
                    PermissionExplainer.ALLOW));

    @Test
    void eachStepIsASentenceFromWhatItRecords() {
        assertThat(in(Locale.ENGLISH).steps(OVERWRITTEN, "Anna K", null)).extracting(ExplanationTexts.Line::text)
                .containsExactly("@everyone grants “Send messages” to every member.",
                        "An overwrite for the role quiet on this channel denies “Send messages”.",
                        "An overwrite for the role loud on this channel allows “Send messages” (among the member's roles,"
                                + " an allow wins over a deny).",
                        "An overwrite for Anna K on the category Staff, which this channel inherits, allows “Send messages”.");
        assertThat(in(Locale.ENGLISH).steps(OVERWRITTEN, "Anna K", null).get(1))
                .isEqualTo(new ExplanationTexts.Line("overwrite", "deny",
                        "An overwrite for the role quiet on this channel denies “Send messages”."));
    }

    @Test
    void inRussian() {
        assertThat(in(RU).steps(OVERWRITTEN, "Анна", null)).extracting(ExplanationTexts.Line::text)
                .containsExactly("@everyone даёт право «Отправка сообщений» всем участникам.",
                        "Переопределение для роли quiet в этом канале запрещает «Отправка сообщений».",
                        "Переопределение для роли loud в этом канале разрешает «Отправка сообщений» (среди ролей участника"
                                + " разрешение сильнее запрета).",
                        "Переопределение для участника Анна в категории Staff, от которой этот канал наследует права,"
                                + " разрешает «Отправка сообщений».");
        assertThat(in(RU).verdict(OVERWRITTEN, "Анна")).isEqualTo("Анна: право «Отправка сообщений» здесь есть.");
    }

    @Test
    void anAllowOnlyWinsOverADenyOfAnotherRole() {
        var everyoneDenies = explanation(true, "VIEW_CHANNEL",
                step(PermissionExplainer.EVERYONE, EVERYONE_ROLE, null, PermissionExplainer.ALLOW),
                step(PermissionExplainer.OVERWRITE, EVERYONE_ROLE, HERE, PermissionExplainer.DENY),
                step(PermissionExplainer.OVERWRITE, new Source("role", LOUD, "loud"), HERE, PermissionExplainer.ALLOW));
        assertThat(in(Locale.ENGLISH).steps(everyoneDenies, "anna", null)).extracting(ExplanationTexts.Line::text)
                .containsExactly("@everyone grants “View channel” to every member.",
                        "An overwrite for the role @everyone on this channel denies “View channel”.",
                        "An overwrite for the role loud on this channel allows “View channel”.");
    }

    @Test
    void theOwnerTheAdministratorViewingAndTimeOut() {
        assertThat(in(Locale.ENGLISH).steps(explanation(true, "BAN_MEMBERS",
                step(PermissionExplainer.OWNER, ANNA_MEMBER, null, PermissionExplainer.ALLOW)), "anna", null))
                .extracting(ExplanationTexts.Line::text)
                .containsExactly("anna owns the server, which gives every permission everywhere.");
        assertThat(in(RU).steps(explanation(true, "BAN_MEMBERS",
                step(PermissionExplainer.EVERYONE, EVERYONE_ROLE, null, PermissionExplainer.NONE),
                step(PermissionExplainer.ADMINISTRATOR, new Source("role", LOUD, "Admins"), null, PermissionExplainer.ALLOW)),
                "anna", null)).extracting(ExplanationTexts.Line::text)
                .containsExactly("@everyone не даёт права «Бан участников».",
                        "Роль Admins даёт право «Администратор»: в нём все права, и переопределения каналов его не ограничивают.");
        OffsetDateTime until = OffsetDateTime.of(2026, 12, 7, 11, 53, 0, 0, ZoneOffset.ofHours(3));
        var timedOut = explanation(false, "SEND_MESSAGES",
                step(PermissionExplainer.EVERYONE, EVERYONE_ROLE, null, PermissionExplainer.ALLOW),
                step(PermissionExplainer.TIMEOUT, ANNA_MEMBER, null, PermissionExplainer.DENY));
        assertThat(in(RU).steps(timedOut, "anna", until)).extracting(ExplanationTexts.Line::text).last()
                .isEqualTo("anna в тайм-ауте до 7 дек. 2026 г., 08:53 UTC; в тайм-ауте можно только видеть каналы"
                        + " и читать их историю.");
        assertThat(in(Locale.ENGLISH).verdict(timedOut, "anna")).isEqualTo("anna does not have “Send messages” here.");
        var hidden = explanation(false, "SEND_MESSAGES",
                step(PermissionExplainer.VIEW_CHANNEL, HERE, null, PermissionExplainer.DENY));
        assertThat(in(Locale.ENGLISH).steps(hidden, "anna", null)).extracting(ExplanationTexts.Line::text)
                .containsExactly("anna cannot view this channel, so no other permission counts in it.");
    }
}
