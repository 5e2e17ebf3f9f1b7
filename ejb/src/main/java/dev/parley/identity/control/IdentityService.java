package dev.parley.identity.control;

import dev.parley.identity.entity.UserAccount;
import dev.parley.identity.entity.UserSession;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.ConflictException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotAuthenticatedException;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    TokenService tokens;

    @Inject
    SessionRevoker revoker;

    @Inject
    @ConfigProperty(name = "parley.jwt.refresh-ttl-days")
    int refreshTtlDays;

    public AuthResult register(Registration registration, String userAgent) {
        inputs.check(registration);
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
        return signIn(user, userAgent);
    }

    public AuthResult login(Credentials credentials, String userAgent) {
        inputs.check(credentials);
        String login = credentials.login().trim().toLowerCase(Locale.ROOT);
        Optional<UserAccount> user = store.byLogin(login);
        String hash = user.map(UserAccount::getPasswordHash).orElse(null);
        if (!hasher.matches(credentials.password(), hash)) {
            throw new NotAuthenticatedException("Wrong login or password.");
        }
        return signIn(user.get(), userAgent);
    }

    /**
     * Trades a refresh token for a new pair. Presenting a token that was already rotated means it
     * leaked: the whole family of that sign-in is revoked.
     */
    public AuthResult refresh(RefreshRequest request, String userAgent) {
        inputs.check(request);
        UserSession session = sessionOf(request.refreshToken())
                .orElseThrow(() -> new NotAuthenticatedException("Unknown refresh token."));
        OffsetDateTime now = clock.nowUtc();
        if (session.isRevoked()) {
            revoker.revokeFamily(session.getFamilyId());
            throw new NotAuthenticatedException("This refresh token was already used; sign in again.");
        }
        if (session.getExpiresAt().isBefore(now)) {
            throw new NotAuthenticatedException("This refresh token has expired; sign in again.");
        }
        session.revoke();
        UserAccount user = store.user(session.getUserId()).orElseThrow(
                () -> new NotAuthenticatedException("This account no longer exists."));
        return issue(user, session.getFamilyId(), userAgent);
    }

    public void logout(RefreshRequest request) {
        inputs.check(request);
        sessionOf(request.refreshToken()).ifPresent(s -> revoker.revokeFamily(s.getFamilyId()));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // one read, on every gateway connect: no transaction to begin and commit
    public AccountView me(UUID userId) {
        return AccountView.of(store.user(userId).orElseThrow(() -> new NotFoundException("No such user.")));
    }

    private AuthResult signIn(UserAccount user, String userAgent) {
        return issue(user, UUID.randomUUID(), userAgent);
    }

    private AuthResult issue(UserAccount user, UUID family, String userAgent) {
        String refresh = tokens.newRefreshToken();
        store.add(new UserSession(user.getId(), family, TokenService.hash(refresh), userAgent,
                clock.nowUtc().plusDays(refreshTtlDays)));
        return new AuthResult(AccountView.of(user), tokens.accessToken(user), refresh, tokens.accessTtlSeconds());
    }

    private Optional<UserSession> sessionOf(String refreshToken) {
        return store.sessionByTokenHash(TokenService.hash(refreshToken));
    }

}
