package dev.parley.sso.entity;

import dev.parley.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * An account's identity at a provider: the issuer and the subject it gives the person, which never
 * change (an email address can), so later sign-ins find the account by them.
 */
@Entity
@Table(name = "linked_identities")
public class LinkedIdentity {

    @Id
    private UUID id;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(nullable = false)
    private String provider;
    @Column(nullable = false)
    private String issuer;
    @Column(nullable = false)
    private String subject;
    private String email;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "last_sign_in_at", nullable = false)
    private OffsetDateTime lastSignInAt;

    protected LinkedIdentity() {
    }

    public LinkedIdentity(UUID userId, String provider, String issuer, String subject, String email, OffsetDateTime now) {
        this.id = Ids.next();
        this.userId = Objects.requireNonNull(userId);
        this.provider = Objects.requireNonNull(provider);
        this.issuer = Objects.requireNonNull(issuer);
        this.subject = Objects.requireNonNull(subject);
        this.email = email;
        this.createdAt = now;
        this.lastSignInAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getProvider() {
        return provider;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public String getEmail() {
        return email;
    }

    public OffsetDateTime getLastSignInAt() {
        return lastSignInAt;
    }

    /** Another sign-in through it; the email the provider gives now. */
    public void signedIn(String email, OffsetDateTime at) {
        this.email = email;
        this.lastSignInAt = at;
    }
}
