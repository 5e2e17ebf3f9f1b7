package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.platform.control.ConflictException;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.ProblemType;
import dev.parley.platform.control.RateLimitedException;
import dev.parley.platform.control.UnavailableException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void aBusinessProblemKeepsItsTypeStatusAndFields() {
        Problem p = ProblemMapper.problemFor(new InvalidInputException("Some fields are not valid.",
                Map.of("content", "must not contain NUL characters")));
        assertThat(p.type()).isEqualTo("https://parley.dev/problems/invalid-input");
        assertThat(p.title()).isEqualTo("Invalid input");
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.fields()).containsExactly(Map.entry("content", "must not contain NUL characters"));
    }

    @Test
    void containerStatusesGetTheirTypeAndKeepTheirStatus() {
        assertThat(ProblemMapper.forStatus(405).type()).endsWith("/method-not-allowed");
        assertThat(ProblemMapper.forStatus(413).type()).endsWith("/too-large");
        Problem timeout = ProblemMapper.forStatus(408);
        assertThat(timeout.type()).endsWith("/bad-request");
        assertThat(timeout.status()).isEqualTo(408);
        assertThat(timeout.fields()).isNull();
    }

    @Test
    void aFailedWriteIsA503NotAnIncident() {
        Problem p = ProblemMapper.problemFor(new UnavailableException("The message could not be stored; send it again."));
        assertThat(p.status()).isEqualTo(503);
        assertThat(p.type()).endsWith("/unavailable");
        assertThat(p.detail()).doesNotContain("Incident");
    }

    @Test
    void anythingUnexpectedIsAnInternalErrorWithAnIncidentIdOnly() {
        Problem p = ProblemMapper.problemFor(new IllegalStateException("secret detail"));
        assertThat(p.status()).isEqualTo(500);
        assertThat(p.type()).endsWith("/internal");
        assertThat(p.detail()).contains("Incident").doesNotContain("secret detail");
    }

    @Test
    void inRussianTheWordsChangeAndTheTypeStatusAndFieldNamesDoNot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", "is already taken");
        fields.put("email", "must not be blank");
        Problem english = ProblemMapper.problemFor(new ConflictException("That account already exists.", fields));
        Problem russian = english.in(Locale.forLanguageTag("ru"));
        assertThat(russian.type()).isEqualTo(english.type()).endsWith("/conflict");
        assertThat(russian.status()).isEqualTo(409);
        assertThat(russian.title()).isEqualTo("Конфликт");
        assertThat(russian.detail()).isEqualTo("Такая учётная запись уже существует.");
        assertThat(russian.fields()).containsOnly(Map.entry("username", "это имя уже занято"),
                Map.entry("email", "не должно быть пустым"));
        assertThat(english.in(Locale.ENGLISH)).isSameAs(english);
        assertThat(english.title()).isEqualTo("Conflict");
    }

    @Test
    void variablePartsAndContainerStatusesAreTranslatedToo() {
        Locale ru = Locale.forLanguageTag("ru");
        Problem slow = ProblemMapper.problemFor(new RateLimitedException("Slow mode: you can post again in 12 s.", 12)).in(ru);
        assertThat(slow.title()).isEqualTo("Слишком много запросов");
        assertThat(slow.detail()).isEqualTo("Медленный режим: следующее сообщение можно отправить через 12 с.");
        Problem tooLarge = ProblemMapper.forStatus(413).in(ru);
        assertThat(tooLarge.title()).isEqualTo("Слишком большой запрос");
        assertThat(tooLarge.detail()).isEqualTo("Тело запроса слишком большое.");
        Problem internal = ProblemMapper.problemFor(new IllegalStateException("secret detail")).in(ru);
        assertThat(internal.detail()).matches("На нашей стороне что-то пошло не так\\. Инцидент [0-9a-f-]{36}\\.");
        Problem malformed = ProblemMapper.problemFor(new jakarta.json.bind.JsonbException("bad")).in(ru);
        assertThat(malformed.fields()).containsExactly(Map.entry("body", "не является JSON ожидаемого вида"));
        assertThat(Problem.of(ProblemType.NOT_FOUND, "No such channel.", null).in(ru).detail()).isEqualTo("Такого канала нет.");
    }
}
