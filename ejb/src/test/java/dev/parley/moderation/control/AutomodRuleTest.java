package dev.parley.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.channel.entity.ChannelType;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.ServerFacts;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.permission.control.ServerFacts.MemberFact;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who and where a rule checks: Discord's exemptions. */
class AutomodRuleTest {

    private static final UUID SERVER = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID ADMIN = UUID.randomUUID();
    private static final UUID MANAGER = UUID.randomUUID();
    private static final UUID TRUSTED = UUID.randomUUID();
    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID EVERYONE = UUID.randomUUID();
    private static final UUID ADMIN_ROLE = UUID.randomUUID();
    private static final UUID MANAGER_ROLE = UUID.randomUUID();
    private static final UUID TRUSTED_ROLE = UUID.randomUUID();
    private static final UUID CATEGORY = UUID.randomUUID();
    private static final UUID IN_CATEGORY = UUID.randomUUID();
    private static final UUID GENERAL = UUID.randomUUID();
    private static final UUID THREAD = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    private static final ServerFacts FACTS = new ServerFacts(SERVER, OWNER, EVERYONE, Permission.EVERYONE_DEFAULT,
            Map.of(ADMIN_ROLE, Permission.ADMINISTRATOR.bit(), MANAGER_ROLE, Permission.MANAGE_SERVER.bit(),
                    TRUSTED_ROLE, 0L),
            Map.of(OWNER, new MemberFact(Set.of(), null), ADMIN, new MemberFact(Set.of(ADMIN_ROLE), null),
                    MANAGER, new MemberFact(Set.of(MANAGER_ROLE), null),
                    TRUSTED, new MemberFact(Set.of(TRUSTED_ROLE), null), MEMBER, new MemberFact(Set.of(), null)),
            Map.of(CATEGORY, new ChannelFact(CATEGORY, SERVER, null, ChannelType.CATEGORY),
                    IN_CATEGORY, new ChannelFact(IN_CATEGORY, SERVER, CATEGORY, ChannelType.TEXT),
                    GENERAL, new ChannelFact(GENERAL, SERVER, null, ChannelType.TEXT),
                    THREAD, new ChannelFact(THREAD, SERVER, GENERAL, ChannelType.THREAD),
                    OTHER, new ChannelFact(OTHER, SERVER, null, ChannelType.TEXT)),
            Map.of());

    private static AutomodRule rule(Set<UUID> roles, Set<UUID> channels) {
        return new AutomodRule(UUID.randomUUID(), "r", true, null, roles, channels,
                AutomodMatcher.compile(List.of("spam"), List.of()));
    }

    private static ChannelFact channel(UUID id) {
        return FACTS.channel(id).orElseThrow();
    }

    @Test
    void theOwnerAdministratorsAndServerManagersAreNeverChecked() {
        assertThat(AutomodRule.manages(FACTS, OWNER)).isTrue();
        assertThat(AutomodRule.manages(FACTS, ADMIN)).isTrue();
        assertThat(AutomodRule.manages(FACTS, MANAGER)).isTrue();
        assertThat(AutomodRule.manages(FACTS, TRUSTED)).isFalse();
        assertThat(AutomodRule.manages(FACTS, MEMBER)).isFalse();
    }

    @Test
    void aMemberHoldingAnExemptRoleIsNotChecked() {
        AutomodRule rule = rule(Set.of(TRUSTED_ROLE), Set.of());
        assertThat(rule.checks(FACTS, TRUSTED, channel(GENERAL))).isFalse();
        assertThat(rule.checks(FACTS, MEMBER, channel(GENERAL))).isTrue();
    }

    @Test
    void anExemptChannelSparesItsThreadsAndAnExemptCategoryItsChannels() {
        AutomodRule rule = rule(Set.of(), Set.of(GENERAL, CATEGORY));
        assertThat(rule.checks(FACTS, MEMBER, channel(GENERAL))).isFalse();
        assertThat(rule.checks(FACTS, MEMBER, channel(THREAD))).isFalse();
        assertThat(rule.checks(FACTS, MEMBER, channel(IN_CATEGORY))).isFalse();
        assertThat(rule.checks(FACTS, MEMBER, channel(OTHER))).isTrue();
    }

    @Test
    void anAlertQuotesAtMost200CharactersOnOneLine() {
        assertThat(AutomodActions.excerpt("a\n\nb")).isEqualTo("a b");
        String longText = "x".repeat(500);
        assertThat(AutomodActions.excerpt(longText)).hasSize(200).endsWith("…");
        String emoji = "x".repeat(198) + "\uD83D\uDE00" + "y";
        assertThat(AutomodActions.excerpt(emoji)).isEqualTo("x".repeat(198) + "…");
    }
}
