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
    @Column(name = "rotated_at")
    private OffsetDateTime rotatedAt;
    @Column(name = "signed_in_at", nullable = false)
    private OffsetDateTime signedInAt;
    @Column(name = "ip")
    private String ip;

    protected UserSession() {
    }

    /**
     * A refresh token of the sign-in {@code familyId}, which began at {@code signedInAt} (now, for a
     * new sign-in; the family's start, for a rotation).
     */
    public UserSession(UUID userId, UUID familyId, String refreshTokenHash, String userAgent, String ip,
            OffsetDateTime signedInAt, OffsetDateTime expiresAt) {
        this.id = Ids.next();
        this.userId = userId;
        this.familyId = familyId;
        this.refreshTokenHash = refreshTokenHash;
        this.userAgent = clip(userAgent, 500);
        this.ip = clip(ip, 64);
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.lastSeen = createdAt;
        this.signedInAt = signedInAt == null ? createdAt : signedInAt;
        this.expiresAt = expiresAt;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
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

    /** The whole sign-in was ended (signed out, revoked, or a rotated token of it was reused). */
    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** This token was traded for a newer one of the same sign-in. */
    public boolean isRotated() {
        return rotatedAt != null;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getIp() {
        return ip;
    }

    /** When this token was issued: the sign-in's last refresh. */
    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSignedInAt() {
        return signedInAt;
    }
}
