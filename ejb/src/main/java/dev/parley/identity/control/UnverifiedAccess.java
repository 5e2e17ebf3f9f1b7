package dev.parley.identity.control;

import dev.parley.admin.control.InstanceSettings;
import dev.parley.admin.control.Setting;
import dev.parley.guild.control.JoinGate;
import dev.parley.message.control.SendCheck;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.platform.control.EmailNotVerifiedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an account whose email address is not verified yet may do: everything
 * ({@code accounts.unverified-access = full}, the default), or only read ({@code read-only}): then it signs
 * in and reads, but posting, editing, reacting, starting threads and conversations, creating and joining
 * servers and inviting are refused with 403 {@code email-not-verified}, through REST, the gateway and the
 * page alike. Sends and joins are checked as a {@link SendCheck} and a {@link JoinGate}; the few other
 * writes call {@link #check} at their service's start.
 *
 * <p>In {@code full} mode this costs a read of the settings (memory). In {@code read-only} mode a verified
 * account is asked of the database once and then remembered here (an address, once verified, stays so);
 * an unverified one is asked each time it tries to write, which it cannot do anyway.
 */
@ApplicationScoped
public class UnverifiedAccess implements SendCheck, JoinGate {

    static final String READ_ONLY = "read-only";
    /** past this many remembered accounts the memory starts again (and asks the database again) */
    static final int MAX_REMEMBERED = 200_000;

    @Inject
    InstanceSettings settings;

    @Inject
    IdentityStore store;

    private final Set<UUID> verified = ConcurrentHashMap.newKeySet();

    /** Refuses a write of this account when the installation is read-only for unverified accounts and it is one. */
    public void check(UUID userId) {
        if (!READ_ONLY.equals(settings.get(Setting.UNVERIFIED_ACCESS)) || userId == null || verified.contains(userId)) {
            return;
        }
        if (!store.user(userId).map(u -> u.isEmailVerified()).orElse(false)) {
            throw new EmailNotVerifiedException();
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.add(userId);
    }

    /** Whether this account may write now (for pages: what to offer, and the banner). */
    public boolean mayWrite(UUID userId) {
        try {
            check(userId);
            return true;
        } catch (EmailNotVerifiedException e) {
            return false;
        }
    }

    @Override
    public void check(UUID authorId, ChannelFact channel, String content) {
        check(authorId);
    }

    @Override
    public void check(UUID userId, UUID serverId) {
        check(userId);
    }
}
