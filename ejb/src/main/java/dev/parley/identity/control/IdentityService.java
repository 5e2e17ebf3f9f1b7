package dev.parley.identity.control;

import dev.parley.identity.entity.UserAccount;
import dev.parley.identity.entity.UserSession;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.ConflictException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.NotAuthenticatedException;
import dev.parley.platform.control.NotFoundException;
import dev.parley.platform.control.RateLimitedException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creating accounts and signing in. */
@Stateless
public class IdentityService {

    @Inject
    IdentityStore store;

    @Inject
    Clock clock;

    @Inject
    Inputs inputs;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy passwords;

    @Inject
    Throttles throttles;

    @Inject
    ThrottleAudit throttled;

    @Inject
    TokenService tokens;

    @Inject
    SessionRevoker revoker;

    @Inject
    LocalPasswords localPasswords;

    @Inject
    @ConfigProperty(name = "parley.jwt.refresh-ttl-days")
    int refreshTtlDays;

    @Inject
    jakarta.enterprise.event.Event<SignInsEnded> ended;

    @Inject
    EmailVerificationService verification;

    public AuthResult register(Registration registration, Device device) {
        return register(registration, device, null);
    }

    /**
     * Creates the account, signs it in and mails it a link to verify its address (after the commit).
     *
     * @param requested the language of the request, for the mail (null: English)
     */
    public AuthResult register(Registration registration, Device device, Locale requested) {
        localPasswords.require();
        checkRegistration(registration);
        throttles.check(Throttle.REGISTER_IP, orUnknown(device).ip());
        String email = registration.email().trim().toLowerCase(Locale.ROOT);
        String username = registration.username().trim();
        Map<String, String> taken = new HashMap<>();
        if (store.emailTaken(email)) {
            taken.put("email", "is already registered");
        }
        if (store.usernameTaken(username)) {
            taken.put("username", "is already taken");
        }
        if (!taken.isEmpty()) {
            throw new ConflictException("That account already exists.", taken);
        }
        UserAccount user = new UserAccount(email, username, null, hasher.hash(registration.password()));
        store.add(user);
        try {
            store.flush();
        } catch (PersistenceException raced) {
            // a concurrent registration took the name between the check and the insert
            throw new ConflictException("That account already exists.", Map.of("username", "is already taken"));
        }
        verification.sendLink(user, requested);
        return signIn(user, device);
    }

    /**
     * Signs in with a password. Failed sign-ins are limited per account and per client address
     * ({@link Throttle#LOGIN_ACCOUNT}, {@link Throttle#LOGIN_IP}); past the limit every sign-in of that
     * account or from that address is refused with 429, the right password too, until the limit allows
     * again, and the moment an account or address reaches it is written to the installation's audit log.
     * An unknown login is limited just like an account, so that a 429 tells nothing about who exists.
     */
    public AuthResult login(Credentials credentials, Device device) {
        localPasswords.require();
        inputs.check(credentials);
        refuseTooLong(credentials.password(), "password");
        String login = credentials.login().trim().toLowerCase(Locale.ROOT);
        Optional<UserAccount> user = store.byLogin(login);
        String ip = orUnknown(device).ip();
        Throttles.Attempt fromAddress = throttles.attempt(Throttle.LOGIN_IP, ip);
        Throttles.Attempt ofAccount;
        try {
            ofAccount = throttles.attempt(Throttle.LOGIN_ACCOUNT,
                    user.map(u -> "user:" + u.getId()).orElse("login:" + login));
        } catch (RateLimitedException refused) {
            fromAddress.succeeded(); // no password was tried: it does not count for the address
            throw refused;
        }
        String hash = user.map(UserAccount::getPasswordHash).orElse(null);
        if (!hasher.matches(credentials.password(), hash)) {
            if (ofAccount.wasLast() && user.isPresent()) {
                throttled.accountThrottled(user.get().getId(), ip);
            }
            if (fromAddress.wasLast()) {
                throttled.addressThrottled(ip);
            }
            throw new NotAuthenticatedException("Wrong login or password.");
        }
        ofAccount.succeeded();
        fromAddress.succeeded();
        refuseDisabled(user.get());
        return signIn(user.get(), device);
    }

    /**
     * Trades a refresh token for a new pair; the token is single-use, also when two refreshes race
     * (a compare-and-set on its row). Presenting a token that was already traded means it leaked: the
     * whole sign-in is ended, and its access tokens are refused from then on.
     */
    public AuthResult refresh(RefreshRequest request, Device device) {
        inputs.check(request);
        UserSession session = sessionOf(request.refreshToken())
                .orElseThrow(() -> new NotAuthenticatedException("Unknown refresh token."));
        OffsetDateTime now = clock.nowUtc();
        if (session.isRevoked()) {
            throw new NotAuthenticatedException("This sign-in has ended; sign in again.");
        }
        if (session.getExpiresAt().isBefore(now)) {
            throw new NotAuthenticatedException("This refresh token has expired; sign in again.");
        }
        UserAccount user = store.user(session.getUserId()).orElseThrow(
                () -> new NotAuthenticatedException("This account no longer exists."));
        refuseDisabled(user);
        String refresh = tokens.newRefreshToken();
        if (session.isRotated() || !revoker.rotate(session, TokenService.hash(refresh), orUnknown(device),
                now.plusDays(refreshTtlDays))) {
            revoker.revokeFamily(session.getUserId(), session.getFamilyId());
            throw new NotAuthenticatedException("This refresh token was already used; sign in again.");
        }
        return new AuthResult(AccountView.of(user), tokens.accessToken(user, session.getFamilyId()), refresh,
                tokens.accessTtlSeconds(), session.getFamilyId());
    }

    /** Ends the sign-in that owns this refresh token (nothing, for a token that is not one). */
    public void logout(RefreshRequest request) {
        inputs.check(request);
        sessionOf(request.refreshToken()).ifPresent(s -> revoker.revokeFamily(s.getUserId(), s.getFamilyId()));
    }

    /** Ends this sign-in of the user, such as a browser's on signing out. */
    public void endSignIn(UUID userId, UUID signIn) {
        revoker.revokeFamily(userId, signIn);
    }

    /** The user's live sign-ins, newest first; {@code current} is marked. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<SignInView> signIns(UUID userId, UUID current) {
        return store.liveSignIns(userId, clock.nowUtc()).stream().map(s -> SignInView.of(s, current)).toList();
    }

    /** Ends one of the user's sign-ins; 404 when it is not theirs or has ended already. */
    public void revokeSignIn(UUID userId, UUID signIn) {
        if (signIn == null || revoker.revoke(userId, Set.of(signIn)).isEmpty()) {
            throw new NotFoundException("No such sign-in.");
        }
    }

    /** Ends every sign-in of the user but {@code keep}; how many ended. */
    public int revokeOtherSignIns(UUID userId, UUID keep) {
        List<UUID> others = store.liveFamilies(userId).stream().filter(f -> !f.equals(keep)).toList();
        return revoker.revoke(userId, others).size();
    }

    /**
     * Changes the user's password, given the current one; every other sign-in of theirs ends ({@code keep},
     * the one asking, stays). A wrong current password is a 400 naming {@code currentPassword}, and
     * wrong ones are limited per account ({@link Throttle#PASSWORD_CHANGE}: 429 past the limit). The new
     * password obeys {@link PasswordPolicy} ({@code newPassword}) and differs from the current one.
     */
    public void changePassword(UUID userId, UUID keep, PasswordChange change) {
        inputs.check(change);
        refuseTooLong(change.currentPassword(), "currentPassword");
        refuseTooLong(change.newPassword(), "newPassword");
        UserAccount user = store.user(userId).orElseThrow(() -> new NotFoundException("No such user."));
        if (user.getPasswordHash() == null) {
            throw new InvalidInputException("This account signs in through its identity provider and has no password.",
                    Map.of("currentPassword", "this account has no password"));
        }
        Throttles.Attempt attempt = throttles.attempt(Throttle.PASSWORD_CHANGE, "user:" + userId);
        if (!hasher.matches(change.currentPassword(), user.getPasswordHash())) {
            throw new InvalidInputException("The current password is wrong.",
                    Map.of("currentPassword", "is not your current password"));
        }
        attempt.succeeded();
        Map<String, String> problems = new TreeMap<>();
        passwords.problems(change.newPassword(), user.getUsername(), user.getEmail())
                .forEach((field, why) -> problems.put("newPassword", why));
        if (problems.isEmpty() && change.newPassword().equals(change.currentPassword())) {
            problems.put("newPassword", "must differ from the current password");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The new password is not allowed.", problems);
        }
        user.setPasswordHash(hasher.hash(change.newPassword()));
        revokeOtherSignIns(userId, keep);
    }

    /**
     * Disables the account (or enables it again): a disabled account cannot sign in or refresh, every
     * sign-in of it ends, and every access token issued until now is refused at once, on every instance.
     */
    public void setDisabled(UUID userId, boolean disabled) {
        UserAccount user = store.user(userId).orElseThrow(() -> new NotFoundException("No such user."));
        if (disabled == user.isDisabled()) {
            return;
        }
        OffsetDateTime now = clock.nowUtc();
        user.setDisabledAt(disabled ? now : null);
        if (disabled) {
            Set<UUID> live = store.revokeFamilies(userId, store.liveFamilies(userId), now);
            ended.fire(new SignInsEnded(userId, live, now.toInstant()));
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // one read, on every gateway connect: no transaction to begin and commit
    public AccountView me(UUID userId) {
        return AccountView.of(store.user(userId).orElseThrow(() -> new NotFoundException("No such user.")));
    }

    /** Signs this user in afresh: a new sign-in (refresh-token family) and its first tokens. */
    public AuthResult signIn(UserAccount user, Device device) {
        UUID family = UUID.randomUUID();
        String refresh = tokens.newRefreshToken();
        Device from = orUnknown(device);
        store.add(new UserSession(user.getId(), family, TokenService.hash(refresh), from.userAgent(), from.ip(),
                null, clock.nowUtc().plusDays(refreshTtlDays)));
        return new AuthResult(AccountView.of(user), tokens.accessToken(user, family), refresh,
                tokens.accessTtlSeconds(), family);
    }

    /**
     * Every field of a registration that is wrong, at once: Bean Validation's constraints, then the
     * password rules ({@link PasswordPolicy}) where the password is not already refused.
     */
    private void checkRegistration(Registration registration) {
        if (registration == null) {
            inputs.check(registration); // names the missing body
        }
        Map<String, String> fields = new TreeMap<>();
        try {
            inputs.check(registration);
        } catch (InvalidInputException e) {
            fields.putAll(e.fields());
        }
        if (!fields.containsKey("password")) {
            fields.putAll(passwords.problems(registration.password(), registration.username(), registration.email()));
        }
        if (!fields.isEmpty()) {
            throw new InvalidInputException("Some fields are not valid.", fields);
        }
    }

    /** A password longer than any can be is refused before it is hashed or compared: 400 naming the field. */
    static void refuseTooLong(String password, String field) {
        if (PasswordPolicy.tooLong(password)) {
            throw new InvalidInputException("A password has at most " + PasswordPolicy.MAX_LENGTH + " characters.",
                    Map.of(field, "must be at most " + PasswordPolicy.MAX_LENGTH + " characters"));
        }
    }

    private static Device orUnknown(Device device) {
        return device == null ? Device.UNKNOWN : device;
    }

    private void refuseDisabled(UserAccount user) {
        if (user.isDisabled()) {
            throw new NotAuthenticatedException("This account is disabled.");
        }
    }

    private Optional<UserSession> sessionOf(String refreshToken) {
        return store.sessionByTokenHash(TokenService.hash(refreshToken));
    }

}
