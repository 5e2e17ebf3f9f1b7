package dev.parley.sso.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A Parley sign-in (refresh-token family) made through a provider, with the provider's session id
 * ({@code sid}) when it gave one: what a back-channel logout of that session ends.
 */
@Entity
@Table(name = "sso_sign_ins")
public class SsoSignIn {

    @Id
    @Column(name = "family_id")
    private UUID familyId;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(nullable = false)
    private String issuer;
    @Column(nullable = false)
    private String subject;
    private String sid;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected SsoSignIn() {
    }

    public SsoSignIn(UUID familyId, UUID userId, String issuer, String subject, String sid, OffsetDateTime now) {
        this.familyId = Objects.requireNonNull(familyId);
        this.userId = Objects.requireNonNull(userId);
        this.issuer = Objects.requireNonNull(issuer);
        this.subject = Objects.requireNonNull(subject);
        this.sid = sid;
        this.createdAt = now;
    }

    public UUID getFamilyId() {
        return familyId;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getSid() {
        return sid;
    }
}
