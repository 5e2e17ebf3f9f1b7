package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.platform.control.NotFoundException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PageMessagesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void aFieldsComplaintReadsAsASentenceOfThePagesLanguage() {
        assertThat(PageMessages.fieldText("username", "must not be blank", Locale.ENGLISH))
                .isEqualTo("Username must not be blank");
        assertThat(PageMessages.fieldText("username", "must not be blank", RU))
                .isEqualTo("Имя пользователя: не должно быть пустым");
        assertThat(PageMessages.fieldText("password", "must be at least 8 characters", RU))
                .isEqualTo("Пароль: не короче 8 символов");
        assertThat(PageMessages.fieldText("displayName", "must be at most 64 characters", Locale.ENGLISH))
                .isEqualTo("DisplayName must be at most 64 characters");
    }

    @Test
    void aRefusalsSentenceIsInThePagesLanguage() {
        assertThat(PageMessages.text(new NotFoundException("No such channel."), RU)).isEqualTo("Такого канала нет.");
        assertThat(PageMessages.text(new NotFoundException("No such channel."), Locale.ENGLISH)).isEqualTo("No such channel.");
        assertThat(PageMessages.text(new NotFoundException(null), RU)).isEqualTo("Здесь ничего нет.");
    }
}
