package dev.parley.scim.control;

import dev.parley.identity.control.IdentityService;
import dev.parley.identity.control.PasswordHasher;
import dev.parley.identity.entity.UserAccount;
import dev.parley.moderation.control.AuditRecord;
import dev.parley.moderation.control.AuditTrail;
import dev.parley.platform.control.Clock;
import dev.parley.scim.entity.ScimUser;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Provisioning by the identity provider: each method is one SCIM request, in one transaction, all or
 * nothing. Accounts it creates have a verified email (the provider vouches for it) and no password
 * unless it sends one. Deactivating ({@code active: false}) and deleting disable the account through
 * {@link IdentityService#setDisabled}: its sign-ins end and its tokens are refused at once. Deleting keeps
 * the account and what it wrote, disabled, but the provider no longer sees it. Every change is in the
 * installation's audit log with the provider as actor (none).
 */
@Stateless
public class ScimService {

    public static final int MAX_PAGE = 200;

    @Inject
    ScimStore store;

    @Inject
    IdentityService identity;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ScimUserView get(UUID id) {
        return store.view(id).orElseThrow(ScimService::noSuchUser);
    }

    /** {@code startIndex} from 1, {@code count} from 0 to {@link #MAX_PAGE} (the caller clamps them). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ScimPage list(ScimFilter filter, int startIndex, int count) {
        return store.page(filter, startIndex, count);
    }

    public ScimUserView create(ScimUserData data) {
        ScimUserData d = ScimInput.checked(data);
        String userName = d.userName().strip();
        Optional<ScimUser> known = store.byUserName(userName);
        if (known.isPresent()) {
            ScimUser s = known.get();
            if (s.isDeleted() && s.getExternalId() != null && s.getExternalId().equals(d.externalId())) {
                return restore(s, d);
            }
            throw ScimException.uniqueness("userName '" + clip(userName) + "' is taken"
                    + (s.isDeleted() ? " by an account deleted through SCIM." : "."));
        }
        if (store.untouchedAccountNamed(userName, null)) {
            throw ScimException.uniqueness("userName '" + clip(userName) + "' is the username or email of an"
                    + " existing account; find it with filter=userName eq \"…\" and update it instead.");
        }
        String email = d.email() != null ? d.email() : ScimInput.isEmail(userName) ? userName : null;
        if (email == null) {
            throw ScimException.invalidValue("emails: Parley needs an email address (emails, or an email as userName).");
        }
        email = email.strip().toLowerCase(Locale.ROOT);
        if (store.emailTaken(email, null)) {
            throw ScimException.uniqueness("emails: another account has this email address.");
        }
        UserAccount user = new UserAccount(email, username(userName), d.shownName(), passwordHash(d.password()));
        user.setEmailVerified(true);
        store.add(user);
        flush(); // the account's row first: scim_users refers to it, and the two entities know nothing of each other
        ScimUser s = new ScimUser(user.getId(), userName);
        s.set(userName, blankToNull(d.externalId()), blankToNull(d.givenName()), blankToNull(d.familyName()));
        store.add(s);
        flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("userName", userName);
        after.put("username", user.getUsername());
        after.put("email", email);
        after.put("displayName", d.shownName());
        after.put("externalId", s.getExternalId());
        after.put("active", !Boolean.FALSE.equals(d.active()));
        audit.record(AuditRecord.of(null, null, "scim.user.create", "user", user.getId(), null, after));
        if (Boolean.FALSE.equals(d.active())) {
            identity.setDisabled(user.getId(), true);
        }
        return view(user.getId());
    }

    /** PUT: every attribute Parley keeps is set as sent; {@code active} and the password stay when not sent. */
    public ScimUserView replace(UUID id, ScimUserData data) {
        ScimUserData d = ScimInput.checked(data);
        Target t = target(id);
        update(t, d);
        return view(id);
    }

    public ScimUserView patch(UUID id, List<ScimPatch.Operation> operations) {
        Target t = target(id);
        ScimUserData current = new ScimUserData(t.scim.getUserName(), t.scim.getExternalId(), t.scim.getGivenName(),
                t.scim.getFamilyName(), null, t.user.getChosenDisplayName(), t.user.getEmail(), !t.user.isDisabled(),
                null);
        ScimUserData changed = ScimPatch.apply(current, operations);
        if (Objects.equals(changed.displayName(), current.displayName()) && (!Objects.equals(
                changed.givenName(), current.givenName()) || !Objects.equals(changed.familyName(), current.familyName())
                || changed.formattedName() != null) && nameWasDerived(t)) {
            // the shown name followed the name parts: it follows them still
            changed = changed.withDisplayName(null);
        }
        update(t, changed);
        return view(id);
    }

    /** DELETE: the account is disabled (its messages stay) and the provider no longer sees it. */
    public void delete(UUID id) {
        Target t = target(id);
        boolean wasActive = !t.user.isDisabled();
        if (wasActive) {
            identity.setDisabled(id, true);
        }
        t.scim.setDeletedAt(clock.nowUtc());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("active", wasActive);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("active", false);
        after.put("deleted", true);
        audit.record(AuditRecord.of(null, null, "scim.user.delete", "user", id, before, after));
    }

    /** The account and the provider's record of it (made now for an account it has not touched yet). */
    private record Target(UserAccount user, ScimUser scim) {
    }

    private Target target(UUID id) {
        UserAccount user = store.accountForUpdate(id).orElseThrow(ScimService::noSuchUser);
        Optional<ScimUser> s = store.scimUser(id);
        if (s.isPresent()) {
            if (s.get().isDeleted()) {
                throw noSuchUser();
            }
            return new Target(user, s.get());
        }
        ScimUser made = new ScimUser(id, user.getUsername());
        store.add(made);
        return new Target(user, made);
    }

    private ScimUserView restore(ScimUser s, ScimUserData d) {
        UserAccount user = store.accountForUpdate(s.getUserId()).orElseThrow(ScimService::noSuchUser);
        s.setDeletedAt(null);
        audit.record(AuditRecord.of(null, null, "scim.user.restore", "user", user.getId(), Map.of("deleted", true),
                Map.of("deleted", false)));
        update(new Target(user, s), d.active() == null ? d.withActive(true) : d);
        return view(user.getId());
    }

    private void update(Target t, ScimUserData d) {
        UserAccount user = t.user;
        ScimUser s = t.scim;
        UUID id = user.getId();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        String userName = d.userName().strip();
        if (!userName.equals(s.getUserName())) {
            if (store.userNameTaken(userName, id) || store.untouchedAccountNamed(userName, id)) {
                throw ScimException.uniqueness("userName '" + clip(userName) + "' is taken.");
            }
            change(before, after, "userName", s.getUserName(), userName);
            if (ScimUsernames.isValid(userName) && !userName.equals(user.getUsername())) {
                if (store.usernameTaken(userName, id)) {
                    throw ScimException.uniqueness("userName '" + userName + "' is the username of another account.");
                }
                change(before, after, "username", user.getUsername(), userName);
                user.setUsername(userName);
            }
        }
        if (d.email() != null) {
            String email = d.email().strip().toLowerCase(Locale.ROOT);
            if (!email.equals(user.getEmail())) {
                if (store.emailTaken(email, id)) {
                    throw ScimException.uniqueness("emails: another account has this email address.");
                }
                change(before, after, "email", user.getEmail(), email);
                user.setEmail(email);
            }
            if (!user.isEmailVerified()) {
                user.setEmailVerified(true);
            }
        }
        String shown = d.shownName();
        if (!Objects.equals(shown, user.getChosenDisplayName())) {
            change(before, after, "displayName", user.getChosenDisplayName(), shown);
            user.setDisplayName(shown);
        }
        String externalId = blankToNull(d.externalId());
        String given = blankToNull(d.givenName());
        String family = blankToNull(d.familyName());
        if (!Objects.equals(externalId, s.getExternalId())) {
            change(before, after, "externalId", s.getExternalId(), externalId);
        }
        if (!Objects.equals(given, s.getGivenName())) {
            change(before, after, "name.givenName", s.getGivenName(), given);
        }
        if (!Objects.equals(family, s.getFamilyName())) {
            change(before, after, "name.familyName", s.getFamilyName(), family);
        }
        s.set(userName, externalId, given, family);
        if (d.password() != null) {
            user.setPasswordHash(passwordHash(d.password()));
            after.put("password", "replaced"); // never the password or its hash
        }
        flush();
        if (!after.isEmpty()) {
            s.touch();
            audit.record(AuditRecord.of(null, null, "scim.user.update", "user", id, before, after));
        }
        if (d.active() != null && d.active() == user.isDisabled()) {
            boolean active = d.active();
            identity.setDisabled(id, !active);
            s.touch();
            audit.record(AuditRecord.of(null, null, active ? "scim.user.enable" : "scim.user.disable", "user", id,
                    Map.of("active", !active), Map.of("active", active)));
        }
    }

    /** Whether the shown name is the one the name parts make (so it was not chosen on its own). */
    private static boolean nameWasDerived(Target t) {
        String derived = new ScimUserData(null, null, t.scim.getGivenName(), t.scim.getFamilyName(), null, null, null,
                null, null).shownName();
        return derived != null && derived.equals(t.user.getChosenDisplayName());
    }

    private String username(String userName) {
        String base = ScimUsernames.base(userName);
        if (base.equals(userName)) {
            if (store.usernameTaken(base, null)) {
                throw ScimException.uniqueness("userName '" + userName + "' is the username of another account.");
            }
            return base;
        }
        String candidate = base;
        for (int n = 2; store.usernameTaken(candidate, null); n++) {
            if (n > 50) {
                candidate = ScimUsernames.alternative(base.substring(0, Math.min(base.length(), 20)),
                        (int) (Math.random() * 1_000_000) + 51);
                if (store.usernameTaken(candidate, null)) {
                    throw ScimException.uniqueness("No free username could be made of userName '" + clip(userName) + "'.");
                }
                break;
            }
            candidate = ScimUsernames.alternative(base, n);
        }
        return candidate;
    }

    private String passwordHash(String password) {
        if (password == null) {
            return null;
        }
        try {
            return hasher.hash(password);
        } catch (IllegalArgumentException tooLong) {
            throw ScimException.invalidValue("password is too long.");
        }
    }

    private void flush() {
        try {
            store.flush();
        } catch (PersistenceException raced) {
            // a concurrent request took the userName, username or email between the check and the write
            throw ScimException.uniqueness("userName or email is taken.");
        }
    }

    private ScimUserView view(UUID id) {
        flush();
        return store.view(id).orElseThrow(ScimService::noSuchUser);
    }

    private static void change(Map<String, Object> before, Map<String, Object> after, String name, Object was,
            Object is) {
        before.put(name, was);
        after.put(name, is);
    }

    private static ScimException noSuchUser() {
        return ScimException.notFound("No such user.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String clip(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
