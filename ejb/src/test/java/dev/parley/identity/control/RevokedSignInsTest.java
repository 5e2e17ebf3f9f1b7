package dev.parley.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.platform.control.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RevokedSignInsTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public long millis() {
            return now.toEpochMilli();
        }
    }

    private final MovableClock clock = new MovableClock();
    private final RevokedSignIns revoked = new RevokedSignIns(clock, 900);
    private final UUID ada = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @Test
    void anEndedSignInIsRefusedAndNoOtherOne() {
        UUID phone = UUID.randomUUID();
        UUID laptop = UUID.randomUUID();
        revoked.apply(new SignInsEnded(ada, Set.of(phone), null));
        assertThat(revoked.refuses(ada, phone, clock.now())).isTrue();
        assertThat(revoked.refuses(ada, laptop, clock.now())).isFalse();
        assertThat(revoked.refuses(bob, laptop, clock.now())).isFalse();
    }

    @Test
    void aDisabledAccountsTokensIssuedUntilThenAreRefusedAndLaterOnesNot() {
        Instant issued = clock.now();
        clock.now = clock.now.plusSeconds(10);
        revoked.apply(new SignInsEnded(ada, Set.of(), clock.now()));
        assertThat(revoked.refuses(ada, UUID.randomUUID(), issued)).isTrue();
        assertThat(revoked.refuses(ada, UUID.randomUUID(), clock.now())).as("issued that very instant").isTrue();
        assertThat(revoked.refuses(ada, UUID.randomUUID(), clock.now().plusSeconds(1))).isFalse();
        assertThat(revoked.refuses(bob, UUID.randomUUID(), issued)).isFalse();
    }

    @Test
    void entriesAreForgottenOnceEveryTokenTheyRefuseHasExpired() {
        UUID phone = UUID.randomUUID();
        revoked.apply(new SignInsEnded(ada, Set.of(phone), null));
        revoked.apply(new SignInsEnded(bob, Set.of(), clock.now()));
        assertThat(revoked.size()).isEqualTo(2);
        clock.now = clock.now.plus(Duration.ofSeconds(900));
        revoked.apply(new SignInsEnded(UUID.randomUUID(), Set.of(UUID.randomUUID()), null));
        assertThat(revoked.refuses(ada, phone, clock.now())).as("a token lifetime later: still kept").isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        revoked.apply(new SignInsEnded(UUID.randomUUID(), Set.of(UUID.randomUUID()), null));
        assertThat(revoked.refuses(ada, phone, clock.now())).isFalse();
        assertThat(revoked.size()).as("only the two made later are left").isEqualTo(2);
    }
}
