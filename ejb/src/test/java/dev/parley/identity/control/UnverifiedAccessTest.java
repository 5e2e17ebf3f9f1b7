package dev.parley.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.admin.control.InstanceSettings;
import dev.parley.admin.control.Setting;
import dev.parley.identity.entity.UserAccount;
import dev.parley.platform.control.EmailNotVerifiedException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnverifiedAccessTest {

    private final Map<UUID, UserAccount> users = new HashMap<>();
    private int reads;

    private UnverifiedAccess access(String mode) {
        UnverifiedAccess access = new UnverifiedAccess();
        access.settings = new InstanceSettings(Map.of(Setting.UNVERIFIED_ACCESS, mode));
        access.store = new IdentityStore() {
            @Override
            public Optional<UserAccount> user(UUID userId) {
                reads++;
                return Optional.ofNullable(users.get(userId));
            }
        };
        return access;
    }

    private UserAccount user(boolean verified) {
        UserAccount u = new UserAccount(UUID.randomUUID() + "@example.test", "u", null, "hash");
        u.setEmailVerified(verified);
        users.put(u.getId(), u);
        return u;
    }

    @Test
    void withFullAccessNobodyIsAskedAbout() {
        UserAccount unverified = user(false);
        access("full").check(unverified.getId());
        assertThat(reads).isZero();
    }

    @Test
    void readOnlyRefusesTheUnverifiedAndRemembersTheVerified() {
        UnverifiedAccess access = access("read-only");
        UserAccount unverified = user(false);
        UserAccount verified = user(true);
        assertThatThrownBy(() -> access.check(unverified.getId())).isInstanceOf(EmailNotVerifiedException.class)
                .satisfies(e -> assertThat(((EmailNotVerifiedException) e).status()).isEqualTo(403));
        assertThatThrownBy(() -> access.check(unverified.getId(), null, "hi")).isInstanceOf(EmailNotVerifiedException.class);
        assertThatThrownBy(() -> access.check(unverified.getId(), UUID.randomUUID())).isInstanceOf(EmailNotVerifiedException.class);
        assertThat(access.mayWrite(unverified.getId())).isFalse();

        access.check(verified.getId());
        int afterFirst = reads;
        access.check(verified.getId());
        access.check(verified.getId(), null, "hi");
        assertThat(reads).as("a verified account is asked about once").isEqualTo(afterFirst);

        unverified.setEmailVerified(true);
        assertThat(access.mayWrite(unverified.getId())).as("verified since").isTrue();
    }

    @Test
    void anAccountThatIsGoneCannotWriteInReadOnlyMode() {
        assertThat(access("read-only").mayWrite(UUID.randomUUID())).isFalse();
    }
}
