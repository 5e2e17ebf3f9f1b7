package dev.parley.permission.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.channel.entity.ChannelType;
import dev.parley.permission.control.PermissionCalculator.Overwrite;
import dev.parley.permission.control.PermissionExplainer.Explanation;
import dev.parley.permission.control.PermissionExplainer.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PermissionExplainerTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final UUID SERVER = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID EVERYONE = UUID.randomUUID();
    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID MODS = UUID.randomUUID();
    private static final UUID HELPERS = UUID.randomUUID();
    private static final UUID CATEGORY = UUID.randomUUID();
    private static final UUID INHERITS = UUID.randomUUID();
    private static final UUID OWN = UUID.randomUUID();
    private static final Map<UUID, String> NAMES = Map.of(ANNA, "anna", MODS, "mods", HELPERS, "helpers",
            CATEGORY, "Staff", INHERITS, "#staff-chat", OWN, "#announcements", EVERYONE, "@everyone");

    private static ServerFacts facts(long everyone, Map<UUID, Long> roles, Set<UUID> annasRoles, Instant timeout,
            Map<UUID, List<Overwrite>> overwrites) {
        return new ServerFacts(SERVER, OWNER, EVERYONE, everyone, roles, Map.of(MODS, 2, HELPERS, 1),
                Map.of(ANNA, new ServerFacts.MemberFact(annasRoles, timeout), OWNER, new ServerFacts.MemberFact(Set.of(), null)),
                Map.of(CATEGORY, new ServerFacts.ChannelFact(CATEGORY, SERVER, null, ChannelType.CATEGORY),
                        INHERITS, new ServerFacts.ChannelFact(INHERITS, SERVER, CATEGORY, ChannelType.TEXT),
                        OWN, new ServerFacts.ChannelFact(OWN, SERVER, CATEGORY, ChannelType.TEXT)),
                overwrites);
    }

    private static List<String> steps(Explanation e) {
        return e.steps().stream().map(s -> s.step() + ":" + s.effect() + ":" + s.source().name()).toList();
    }

    @Test
    void theOwnerIsOneStep() {
        ServerFacts f = facts(0, Map.of(), Set.of(), null, Map.of());
        Explanation e = PermissionExplainer.explain(f, OWNER, OWN, NOW, Permission.BAN_MEMBERS, Map.of(OWNER, "olga"));
        assertThat(e.allowed()).isTrue();
        assertThat(steps(e)).containsExactly("owner:allow:olga");
    }

    @Test
    void aRoleDenyOnTheCategoryIsInheritedAndSaysSoButAChannelWithItsOwnOverwritesIgnoresIt() {
        Map<UUID, List<Overwrite>> overwrites = Map.of(
                CATEGORY, List.of(new Overwrite("role", HELPERS, 0, Permission.SEND_MESSAGES.bit())),
                OWN, List.of(new Overwrite("role", EVERYONE, 0, Permission.ADD_REACTIONS.bit())));
        ServerFacts f = facts(Permission.EVERYONE_DEFAULT, Map.of(HELPERS, 0L), Set.of(HELPERS), null, overwrites);

        Explanation inherited = PermissionExplainer.explain(f, ANNA, INHERITS, NOW, Permission.SEND_MESSAGES, NAMES);
        assertThat(inherited.allowed()).isFalse();
        assertThat(steps(inherited)).containsExactly("everyone:allow:@everyone", "overwrite:deny:helpers");
        Step deny = inherited.steps().get(1);
        assertThat(deny.on().type()).isEqualTo("category");
        assertThat(deny.on().id()).isEqualTo(CATEGORY);
        assertThat(deny.detail()).isEqualTo("An overwrite for the role helpers on the category Staff, which this channel"
                + " inherits denies SEND_MESSAGES.");

        Explanation own = PermissionExplainer.explain(f, ANNA, OWN, NOW, Permission.SEND_MESSAGES, NAMES);
        assertThat(own.allowed()).isTrue();
        assertThat(steps(own)).containsExactly("everyone:allow:@everyone");
    }

    @Test
    void amongRolesAnAllowWinsOverADenyAndTheMembersOwnOverwriteHasTheLastWord() {
        long send = Permission.SEND_MESSAGES.bit();
        List<Overwrite> onChannel = List.of(new Overwrite("role", EVERYONE, 0, send),
                new Overwrite("role", MODS, send, 0), new Overwrite("role", HELPERS, 0, send),
                new Overwrite("member", ANNA, 0, send));
        ServerFacts f = facts(Permission.EVERYONE_DEFAULT, Map.of(MODS, 0L, HELPERS, 0L), Set.of(MODS, HELPERS), null,
                Map.of(OWN, onChannel));
        Explanation e = PermissionExplainer.explain(f, ANNA, OWN, NOW, Permission.SEND_MESSAGES, NAMES);
        assertThat(steps(e)).containsExactly("everyone:allow:@everyone", "overwrite:deny:@everyone",
                "overwrite:deny:helpers", "overwrite:allow:mods", "overwrite:deny:anna");
        assertThat(e.allowed()).isFalse();
        assertThat(e.steps().get(3).on().type()).isEqualTo("channel");
    }

    @Test
    void administratorEndsTheWalkAndNamesTheRole() {
        ServerFacts f = facts(Permission.EVERYONE_DEFAULT, Map.of(MODS, Permission.ADMINISTRATOR.bit()), Set.of(MODS),
                null, Map.of(OWN, List.of(new Overwrite("member", ANNA, 0, Permission.VIEW_CHANNEL.bit()))));
        Explanation e = PermissionExplainer.explain(f, ANNA, OWN, NOW, Permission.MANAGE_CHANNELS, NAMES);
        assertThat(e.allowed()).isTrue();
        assertThat(steps(e)).containsExactly("everyone:none:@everyone", "administrator:allow:mods");
    }

    @Test
    void withoutViewChannelNothingElseCountsAndTheStepSaysWhy() {
        ServerFacts f = facts(Permission.EVERYONE_DEFAULT, Map.of(), Set.of(), null,
                Map.of(OWN, List.of(new Overwrite("role", EVERYONE, 0, Permission.VIEW_CHANNEL.bit()))));
        Explanation e = PermissionExplainer.explain(f, ANNA, OWN, NOW, Permission.SEND_MESSAGES, NAMES);
        assertThat(e.allowed()).isFalse();
        assertThat(steps(e)).containsExactly("everyone:allow:@everyone", "view-channel:deny:#announcements");
    }

    @Test
    void aTimeOutTakesAwaySendingButKeepsReading() {
        ServerFacts f = facts(Permission.EVERYONE_DEFAULT, Map.of(), Set.of(), NOW.plusSeconds(60), Map.of());
        Explanation send = PermissionExplainer.explain(f, ANNA, OWN, NOW, Permission.SEND_MESSAGES, NAMES);
        assertThat(send.allowed()).isFalse();
        assertThat(steps(send)).containsExactly("everyone:allow:@everyone", "timeout:deny:anna");
        Explanation read = PermissionExplainer.explain(f, ANNA, OWN, NOW, Permission.READ_MESSAGE_HISTORY, NAMES);
        assertThat(read.allowed()).isTrue();
        assertThat(steps(read)).containsExactly("everyone:allow:@everyone", "timeout:none:anna");
        Explanation over = PermissionExplainer.explain(f, ANNA, OWN, NOW.plusSeconds(61), Permission.SEND_MESSAGES, NAMES);
        assertThat(over.allowed()).as("the time-out has ended").isTrue();
    }

    /**
     * Over thousands of random servers (roles, administrators, overwrites on channels and
     * categories, time-outs, the owner), the explanation's verdict for every permission is the
     * decision {@link ServerFacts#channelPermissions} makes, and its last allow/deny step agrees.
     */
    @Test
    void theVerdictIsAlwaysThePolicysDecision() {
        Random random = new Random(9);
        Permission[] all = Permission.values();
        int checked = 0;
        for (int round = 0; round < 800; round++) {
            List<UUID> roles = List.of(MODS, HELPERS, UUID.randomUUID());
            Map<UUID, Long> bits = new HashMap<>();
            for (UUID role : roles) {
                bits.put(role, randomBits(random, all, 0.15));
            }
            Set<UUID> held = new HashSet<>();
            roles.forEach(r -> {
                if (random.nextBoolean()) {
                    held.add(r);
                }
            });
            Map<UUID, List<Overwrite>> overwrites = new HashMap<>();
            for (UUID place : List.of(CATEGORY, INHERITS, OWN)) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                List<Overwrite> list = new ArrayList<>();
                for (UUID target : List.of(EVERYONE, MODS, HELPERS, roles.get(2))) {
                    if (random.nextBoolean()) {
                        list.add(new Overwrite("role", target, randomBits(random, all, 0.2), randomBits(random, all, 0.2)));
                    }
                }
                if (random.nextBoolean()) {
                    list.add(new Overwrite("member", random.nextBoolean() ? ANNA : OWNER, randomBits(random, all, 0.2),
                            randomBits(random, all, 0.2)));
                }
                overwrites.put(place, list);
            }
            Instant timeout = random.nextInt(4) == 0 ? NOW.plusSeconds(random.nextBoolean() ? 60 : -60) : null;
            long everyone = random.nextBoolean() ? Permission.EVERYONE_DEFAULT : randomBits(random, all, 0.3);
            if (random.nextInt(20) == 0) {
                everyone |= Permission.ADMINISTRATOR.bit();
            }
            ServerFacts f = facts(everyone, bits, held, timeout, overwrites);
            for (UUID user : List.of(ANNA, OWNER)) {
                for (UUID channel : List.of(INHERITS, OWN)) {
                    long decided = f.channelPermissions(user, channel, NOW);
                    for (Permission p : all) {
                        Explanation e = PermissionExplainer.explain(f, user, channel, NOW, p, NAMES);
                        assertThat(e.allowed()).as("round %d, %s, %s", round, p, e.steps()).isEqualTo(p.in(decided));
                        List<Step> decisive = e.steps().stream().filter(s -> !"none".equals(s.effect())).toList();
                        if (!decisive.isEmpty()) {
                            assertThat(decisive.get(decisive.size() - 1).effect()).as("round %d, %s", round, p)
                                    .isEqualTo(e.allowed() ? "allow" : "deny");
                        } else {
                            assertThat(e.allowed()).isFalse();
                        }
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(70_000);
    }

    private static long randomBits(Random random, Permission[] all, double chance) {
        long set = 0;
        for (Permission p : all) {
            if (p != Permission.ADMINISTRATOR && random.nextDouble() < chance) {
                set |= p.bit();
            }
        }
        if (random.nextInt(30) == 0) {
            set |= Permission.ADMINISTRATOR.bit();
        }
        return set;
    }
}
