package dev.parley.identity.entity;

import dev.parley.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One refresh token of a sign-in. Rotating a token makes a new session of the same family; only
 * the SHA-256 of the token is stored.
 */
@Entity
@Table(name = "user_sessions")
public class UserSession {

    @Id
    private UUID id;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(name = "family_id", nullable = false)
    private UUID familyId;
    @Column(name = "refresh_token_hash", nullable = false)
    private String refreshTokenHash;
    @Column(name = "user_agent")
    private String userAgent;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "last_seen", nullable = false)
    private OffsetDateTime lastSeen;
    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;
    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected UserSession() {
    }

    public UserSession(UUID userId, UUID familyId, String refreshTokenHash, String userAgent,
            OffsetDateTime expiresAt) {
        this.id = Ids.next();
        this.userId = userId;
        this.familyId = familyId;
        this.refreshTokenHash = refreshTokenHash;
        this.userAgent = userAgent == null || userAgent.length() <= 500 ? userAgent : userAgent.substring(0, 500);
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.lastSeen = createdAt;
        this.expiresAt = expiresAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getFamilyId() {
        return familyId;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke() {
        if (revokedAt == null) {
            revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }
}
