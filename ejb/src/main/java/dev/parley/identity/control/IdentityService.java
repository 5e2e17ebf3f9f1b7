package dev.parley.identity.control;

import dev.parley.identity.entity.UserAccount;
import dev.parley.identity.entity.UserSession;
import dev.parley.platform.control.ConflictException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotAuthenticatedException;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creating accounts and signing in. */
@Stateless
public class IdentityService {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

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
        if (countWhere("lower(u.email) = :v", email) > 0) {
            taken.put("email", "is already registered");
        }
        if (countWhere("lower(u.username) = :v", username.toLowerCase(Locale.ROOT)) > 0) {
            taken.put("username", "is already taken");
        }
        if (!taken.isEmpty()) {
            throw new ConflictException("That account already exists.", taken);
        }
        UserAccount user = new UserAccount(email, username, null, hasher.hash(registration.password()));
        em.persist(user);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // a concurrent registration took the name between the check and the insert
            throw new ConflictException("That account already exists.", Map.of("username", "is already taken"));
        }
        return signIn(user, userAgent);
    }

    public AuthResult login(Credentials credentials, String userAgent) {
        inputs.check(credentials);
        String login = credentials.login().trim().toLowerCase(Locale.ROOT);
        Optional<UserAccount> user = em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
                .setParameter("login", login).getResultStream().findFirst();
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
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (session.isRevoked()) {
            revoker.revokeFamily(session.getFamilyId());
            throw new NotAuthenticatedException("This refresh token was already used; sign in again.");
        }
        if (session.getExpiresAt().isBefore(now)) {
            throw new NotAuthenticatedException("This refresh token has expired; sign in again.");
        }
        session.revoke();
        UserAccount user = em.find(UserAccount.class, session.getUserId());
        return issue(user, session.getFamilyId(), userAgent);
    }

    public void logout(RefreshRequest request) {
        inputs.check(request);
        sessionOf(request.refreshToken()).ifPresent(s -> revoker.revokeFamily(s.getFamilyId()));
    }

    public AccountView me(UUID userId) {
        UserAccount user = userId == null ? null : em.find(UserAccount.class, userId);
        if (user == null) {
            throw new NotFoundException("No such user.");
        }
        return AccountView.of(user);
    }

    private AuthResult signIn(UserAccount user, String userAgent) {
        return issue(user, UUID.randomUUID(), userAgent);
    }

    private AuthResult issue(UserAccount user, UUID family, String userAgent) {
        String refresh = tokens.newRefreshToken();
        em.persist(new UserSession(user.getId(), family, TokenService.hash(refresh), userAgent,
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(refreshTtlDays)));
        return new AuthResult(AccountView.of(user), tokens.accessToken(user), refresh, tokens.accessTtlSeconds());
    }

    private Optional<UserSession> sessionOf(String refreshToken) {
        return em.createQuery("select s from UserSession s where s.refreshTokenHash = :h", UserSession.class)
                .setParameter("h", TokenService.hash(refreshToken)).getResultStream().findFirst();
    }

    private long countWhere(String condition, String value) {
        return em.createQuery("select count(u) from UserAccount u where " + condition, Long.class)
                .setParameter("v", value).getSingleResult();
    }
}
