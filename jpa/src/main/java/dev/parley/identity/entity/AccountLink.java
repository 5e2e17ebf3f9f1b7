package dev.parley.identity.entity;

import dev.parley.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A single-use link sent by mail: to verify the account's email address, or to reset its password. Only
 * the SHA-256 of the link's token is stored; the token itself exists only in the mail.
 */
@Entity
@Table(name = "account_links")
public class AccountLink {

    /** What a link does; the database names it by {@link #wireName()}. */
    public enum Purpose {
        VERIFY_EMAIL("verify-email"), RESET_PASSWORD("reset-password");

        private final String wireName;

        Purpose(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    @Id
    private UUID id;
    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;
    @Column(nullable = false, updatable = false)
    private String purpose;
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;
    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected AccountLink() {
    }

    public AccountLink(UUID userId, Purpose purpose, String tokenHash, OffsetDateTime createdAt,
            OffsetDateTime expiresAt) {
        this.id = Ids.next();
        this.userId = Objects.requireNonNull(userId);
        this.purpose = purpose.wireName();
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public boolean isFor(Purpose p) {
        return p.wireName().equals(purpose);
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    /** Whether it still opens what it was made for at {@code now}: not used, not expired. */
    public boolean isOpenAt(OffsetDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(OffsetDateTime now) {
        this.usedAt = now;
    }
}
