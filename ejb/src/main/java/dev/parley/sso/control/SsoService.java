package dev.parley.sso.control;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.guild.control.DirectoryMembership;
import dev.parley.identity.control.AuthResult;
import dev.parley.identity.control.Device;
import dev.parley.identity.control.IdentityService;
import dev.parley.identity.control.IdentityStore;
import dev.parley.identity.control.SessionRevoker;
import dev.parley.identity.entity.UserAccount;
import dev.parley.moderation.control.AuditRecord;
import dev.parley.moderation.control.AuditTrail;
import dev.parley.permission.control.DirectoryRoles;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.sso.entity.LinkedIdentity;
import dev.parley.sso.entity.SsoSignIn;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * What a sign-in through a provider does to accounts, and what its back-channel logout ends.
 * <ul>
 * <li>The identity (issuer, subject) linked to an account signs in to that account.</li>
 * <li>Else an account with the same email is linked only when the provider verified the email and Parley
 *     did too; otherwise the sign-in is refused (someone who controls an unverified address at either side
 *     must not get the account).</li>
 * <li>Else a new account is made from {@code email}, {@code preferred_username} and {@code name}.</li>
 * </ul>
 * The sign-in is an ordinary one ({@link IdentityService#signIn}: listed, revocable) remembered with the
 * provider's session; with group sync on, the directory's groups give and take the mapped server roles in
 * the same transaction, so nobody signs in with roles the directory took away.
 */
@Stateless
public class SsoService {

    public static final String BACKCHANNEL_LOGOUT = "auth.backchannel-logout";
    static final int USERNAME_MAX = 32;

    private static final Logger LOG = Logger.getLogger(SsoService.class.getName());

    @Inject
    SsoStore store;

    @Inject
    IdentityStore users;

    @Inject
    IdentityService identity;

    @Inject
    SessionRevoker revoker;

    @Inject
    SsoProviders providers;

    @Inject
    OidcDiscovery discovery;

    @Inject
    DirectoryMembership membership;

    @Inject
    DirectoryRoles roles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public AuthResult signIn(ExternalIdentity person, Device device) {
        if (blank(person.subject()) || person.subject().length() > 255 || person.issuer().length() > 500) {
            throw new SsoRefusal(SsoRefusal.INVALID, "The provider gave no usable subject.");
        }
        OffsetDateTime now = clock.nowUtc();
        String email = email(person.email());
        Optional<LinkedIdentity> linked = store.linked(person.issuer(), person.subject());
        UserAccount user;
        if (linked.isPresent()) {
            user = users.user(linked.get().getUserId()).orElseThrow(
                    () -> new SsoRefusal(SsoRefusal.DISABLED, "The linked account no longer exists."));
            linked.get().signedIn(email, now);
        } else {
            if (email == null) {
                throw new SsoRefusal(SsoRefusal.NO_EMAIL, "The provider gave no email address.");
            }
            Optional<UserAccount> existing = store.userByEmail(email);
            if (existing.isPresent()) {
                if (!person.emailVerified() || !existing.get().isEmailVerified()) {
                    throw new SsoRefusal(SsoRefusal.UNVERIFIED_EMAIL, "An account with this email exists, but the email"
                            + " is not verified " + (person.emailVerified() ? "in Parley." : "by the provider."));
                }
                user = existing.get();
            } else {
                user = new UserAccount(email, uniqueUsername(person), displayName(person.name()), null);
                user.setEmailVerified(person.emailVerified());
                users.add(user);
            }
            store.add(new LinkedIdentity(user.getId(), person.provider(), person.issuer(), person.subject(), email, now));
            try {
                store.flush();
            } catch (PersistenceException raced) {
                // the same person's first sign-in twice at once, or a username taken meanwhile: the other won
                throw new SsoRefusal(SsoRefusal.EXPIRED, "Another sign-in of this person happened at the same moment.");
            }
        }
        if (user.isDisabled()) {
            throw new SsoRefusal(SsoRefusal.DISABLED, "This account is disabled.");
        }
        AuthResult result = identity.signIn(user, device);
        store.add(new SsoSignIn(result.sessionId(), user.getId(), person.issuer(), person.subject(),
                blank(person.sid()) || person.sid().length() > 255 ? null : person.sid(), now));
        if (person.groups() != null) {
            syncGroups(user.getId(), Set.copyOf(person.groups()));
        }
        return result;
    }

    /**
     * Gives the person every managed role one of their groups maps to (joining its server if need be), and
     * takes every other managed role; roles no mapping names are left alone.
     */
    void syncGroups(UUID userId, Set<String> groups) {
        List<GroupRole> mappings = store.groupRoles();
        Map<UUID, UUID> managed = new LinkedHashMap<>(); // role -> server
        Set<UUID> wanted = new HashSet<>();
        for (GroupRole m : mappings) {
            managed.put(m.roleId(), m.serverId());
            if (groups.contains(m.group())) {
                wanted.add(m.roleId());
            }
        }
        for (Map.Entry<UUID, UUID> role : managed.entrySet()) {
            UUID serverId = role.getValue();
            if (wanted.contains(role.getKey())) {
                if (membership.ensureMember(serverId, userId)) {
                    roles.grant(serverId, userId, role.getKey());
                }
            } else {
                roles.revoke(serverId, userId, role.getKey());
            }
        }
    }

    /**
     * OpenID Connect Back-Channel Logout: ends the sign-ins made through the provider session the token
     * names ({@code sid}), or, when it names only the person ({@code sub}), every sign-in of theirs. A token
     * that is not valid is refused (400); one that names nobody Parley knows ends nothing.
     *
     * @return how many sign-ins ended
     */
    public int backchannelLogout(String logoutToken) {
        String issuer;
        try {
            issuer = logoutToken == null ? null : SignedJWT.parse(logoutToken).getJWTClaimsSet().getIssuer();
        } catch (java.text.ParseException | RuntimeException e) {
            issuer = null;
        }
        SsoProvider provider = (issuer == null ? Optional.<SsoProvider>empty() : providers.byIssuer(issuer))
                .orElseThrow(() -> new InvalidInputException("The logout token is not valid.",
                        Map.of("logout_token", "is not a token of a configured provider")));
        JWTClaimsSet claims;
        try {
            claims = ProviderTokens.logoutToken(logoutToken, discovery.metadata(provider).issuer(), provider.clientId(),
                    discovery.keys(provider));
        } catch (SsoRefusal refused) {
            if (SsoRefusal.UNAVAILABLE.equals(refused.reason())) {
                throw refused;
            }
            LOG.info(() -> "refused a back-channel logout token: " + refused.getMessage());
            throw new InvalidInputException("The logout token is not valid.", Map.of("logout_token", "is not valid"));
        }
        String sid = stringClaim(claims, "sid");
        String subject = claims.getSubject();
        Map<UUID, Set<UUID>> byUser = new LinkedHashMap<>();
        if (!blank(sid)) {
            for (SsoSignIn s : store.signInsOfSession(issuer, sid)) {
                byUser.computeIfAbsent(s.getUserId(), k -> new LinkedHashSet<>()).add(s.getFamilyId());
            }
        } else {
            store.linked(issuer, subject).ifPresent(l ->
                    byUser.put(l.getUserId(), new LinkedHashSet<>(users.liveFamilies(l.getUserId()))));
        }
        int ended = 0;
        for (Map.Entry<UUID, Set<UUID>> user : byUser.entrySet()) {
            Set<UUID> gone = revoker.revoke(user.getKey(), user.getValue());
            ended += gone.size();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("provider", provider.id());
            if (!blank(sid)) {
                after.put("sid", sid);
            }
            after.put("signInsEnded", gone.size());
            audit.record(AuditRecord.of(null, null, BACKCHANNEL_LOGOUT, "user", user.getKey(), null, after));
        }
        return ended;
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String s ? s : null;
    }

    private String uniqueUsername(ExternalIdentity person) {
        String base = usernameBase(person);
        if (!store.usernameTaken(base)) {
            return base;
        }
        for (int n = 2; n < 100; n++) {
            String suffix = "-" + n;
            String candidate = base.substring(0, Math.min(base.length(), USERNAME_MAX - suffix.length())) + suffix;
            if (!store.usernameTaken(candidate)) {
                return candidate;
            }
        }
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        return base.substring(0, Math.min(base.length(), USERNAME_MAX - suffix.length())) + suffix;
    }

    /**
     * A valid username (2–32 of letters, digits, {@code _ . -}) from what the provider says: its preferred
     * username, else the email's local part, else the name; accents dropped, other characters left out.
     */
    static String usernameBase(ExternalIdentity person) {
        String[] candidates = {person.preferredUsername(),
                person.email() == null ? null : person.email().substring(0, Math.max(0, person.email().indexOf('@'))),
                person.name()};
        for (String candidate : candidates) {
            String u = usernameOf(candidate);
            if (u.length() >= 2) {
                return u;
            }
        }
        return "user";
    }

    static String usernameOf(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String u = plain.replace(' ', '.').replaceAll("[^A-Za-z0-9_.-]", "");
        return u.length() > USERNAME_MAX ? u.substring(0, USERNAME_MAX) : u;
    }

    private static String email(String email) {
        if (blank(email)) {
            return null;
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        int at = e.indexOf('@');
        if (e.length() > 255 || at < 1 || at != e.lastIndexOf('@') || at == e.length() - 1 || e.chars().anyMatch(c -> c <= ' ')) {
            return null;
        }
        return e;
    }

    private static String displayName(String name) {
        if (blank(name)) {
            return null;
        }
        String n = name.strip();
        return n.length() > 100 ? n.substring(0, 100) : n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
