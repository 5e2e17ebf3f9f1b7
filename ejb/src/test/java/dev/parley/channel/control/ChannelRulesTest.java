package dev.parley.channel.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.channel.entity.ChannelType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChannelRulesTest {

    private final UUID text = UUID.randomUUID();
    private final UUID voice = UUID.randomUUID();
    private final UUID category = UUID.randomUUID();
    private final UUID thread = UUID.randomUUID();
    private final Map<UUID, ChannelType> server = Map.of(text, ChannelType.TEXT, voice, ChannelType.VOICE,
            category, ChannelType.CATEGORY, thread, ChannelType.THREAD);

    @Test
    void aChannelGoesUnderACategoryOfItsServerOrToTheTopLevel() {
        assertThat(ChannelRules.parentProblem(ChannelType.TEXT, category, server)).isEmpty();
        assertThat(ChannelRules.parentProblem(ChannelType.VOICE, null, server)).isEmpty();
        assertThat(ChannelRules.parentProblem(ChannelType.CATEGORY, null, server)).isEmpty();
    }

    @Test
    void notUnderAnotherKindOfChannelNorAnotherServersCategoryNorACategoryUnderACategory() {
        assertThat(ChannelRules.parentProblem(ChannelType.TEXT, text, server)).contains("must be a category of this server");
        assertThat(ChannelRules.parentProblem(ChannelType.TEXT, UUID.randomUUID(), server))
                .contains("must be a category of this server");
        assertThat(ChannelRules.parentProblem(ChannelType.CATEGORY, category, server)).contains("must be empty for a category");
    }

    @Test
    void aReorderOfTheServersChannelsPasses() {
        assertThat(ChannelRules.problemsOf(List.of(new ChannelPosition(text, 2, category, true),
                new ChannelPosition(voice, 0, null, false), new ChannelPosition(category, 1, null, true)), server)).isEmpty();
    }

    @Test
    void aReorderNamesEachBadItemByItsIndex() {
        var problems = ChannelRules.problemsOf(List.of(
                new ChannelPosition(text, 0, null, false),
                new ChannelPosition(UUID.randomUUID(), 1, null, false),
                new ChannelPosition(text, 2, null, false),
                new ChannelPosition(voice, -1, null, false),
                new ChannelPosition(category, null, category, true),
                new ChannelPosition(thread, 3, null, false),
                new ChannelPosition(null, 4, null, false)), server);
        assertThat(problems).containsOnlyKeys("[1].id", "[2].id", "[3].position", "[4].position", "[4].parentId",
                "[5].id", "[6].id");
        assertThat(problems.get("[1].id")).isEqualTo("must be a channel of this server");
        assertThat(problems.get("[2].id")).isEqualTo("must not be listed twice");
        assertThat(problems.get("[4].parentId")).isEqualTo("must be empty for a category");
    }

    @Test
    void anEmptyOrHugeReorderIsRefused() {
        assertThat(ChannelRules.problemsOf(List.of(), server)).containsEntry("body", "must list at least one channel");
        List<ChannelPosition> many = new ArrayList<>();
        for (int i = 0; i <= ChannelRules.MAX_MOVES; i++) {
            many.add(new ChannelPosition(text, i, null, false));
        }
        assertThat(ChannelRules.problemsOf(many, server)).containsOnlyKeys("body");
    }
}
