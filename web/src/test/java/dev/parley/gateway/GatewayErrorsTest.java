package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.platform.control.ConflictException;
import dev.parley.platform.control.ProblemType;
import dev.parley.platform.control.RateLimitedException;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error events speak the language of the connection's handshake; their codes and field names do not change. */
class GatewayErrorsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private static JsonObject data(String json) {
        return GatewayConnectionTest.parse(json);
    }

    @Test
    void anErrorEventIsWordedInTheConnectionsLanguage() {
        ConflictException taken = new ConflictException("That account already exists.",
                Map.of("username", "is already taken"));
        JsonObject english = data(GatewayErrors.data(taken.problemType(), taken.getMessage(), taken.fields(), "n1",
                "message:send", null, Locale.ENGLISH));
        JsonObject russian = data(GatewayErrors.data(taken.problemType(), taken.getMessage(), taken.fields(), "n1",
                "message:send", null, RU));
        assertThat(english.getString("message")).isEqualTo("That account already exists.");
        assertThat(english.getJsonObject("fields").getString("username")).isEqualTo("is already taken");
        assertThat(russian.getString("code")).isEqualTo("conflict");
        assertThat(russian.getInt("status")).isEqualTo(409);
        assertThat(russian.getString("message")).isEqualTo("Такая учётная запись уже существует.");
        assertThat(russian.getJsonObject("fields").getString("username")).isEqualTo("это имя уже занято");
        assertThat(russian.getString("nonce")).isEqualTo("n1");
        assertThat(russian.getString("for")).isEqualTo("message:send");
    }

    @Test
    void aRefusalWithAWaitKeepsItsNumbers() {
        RateLimitedException slow = new RateLimitedException("Slow mode: you can post again in 7 s.", 7);
        JsonObject russian = data(GatewayErrors.data(slow.problemType(), slow.getMessage(), slow.fields(), null, null,
                7.0, RU));
        assertThat(russian.getString("code")).isEqualTo(ProblemType.RATE_LIMITED.slug());
        assertThat(russian.getString("message")).isEqualTo("Медленный режим: следующее сообщение можно отправить через 7 с.");
        assertThat(russian.getJsonNumber("retryAfter").doubleValue()).isEqualTo(7.0);
    }

    @Test
    void theHandshakesAcceptLanguageIsKeptForTheSocket() {
        Map<String, Object> russian = new HashMap<>();
        GatewayRegistration.remember(russian, Map.of("accept-language", List.of("ru-RU,ru;q=0.9,en;q=0.8")));
        assertThat(russian.get(GatewayConnection.LANGUAGE)).isEqualTo(RU);
        Map<String, Object> none = new HashMap<>();
        GatewayRegistration.remember(none, Map.of("Host", List.of("example.test")));
        assertThat(none.get(GatewayConnection.LANGUAGE)).isEqualTo(Locale.ENGLISH);
        Map<String, Object> preferringEnglish = new HashMap<>();
        GatewayRegistration.remember(preferringEnglish, Map.of("Accept-Language", List.of("ru;q=0.5", "en")));
        assertThat(preferringEnglish.get(GatewayConnection.LANGUAGE)).isEqualTo(Locale.ENGLISH);
    }
}
