package dev.parley.scim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** The identity provider's view of one account: created or touched by it through SCIM. */
@Entity
@Table(name = "scim_users")
public class ScimUser {

    @Id
    @Column(name = "user_id")
    private UUID userId;
    @Column(name = "user_name", nullable = false)
    private String userName;
    @Column(name = "external_id")
    private String externalId;
    @Column(name = "given_name")
    private String givenName;
    @Column(name = "family_name")
    private String familyName;
    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected ScimUser() {
    }

    public ScimUser(UUID userId, String userName) {
        this.userId = Objects.requireNonNull(userId);
        this.userName = Objects.requireNonNull(userName);
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getUserName() {
        return userName;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public OffsetDateTime getDeletedAt() {
        return deletedAt;
    }

    /** Sets what the provider sent; {@code updated_at} moves only when something changed. */
    public void set(String userName, String externalId, String givenName, String familyName) {
        if (!Objects.equals(this.userName, userName) || !Objects.equals(this.externalId, externalId)
                || !Objects.equals(this.givenName, givenName) || !Objects.equals(this.familyName, familyName)) {
            this.userName = Objects.requireNonNull(userName);
            this.externalId = externalId;
            this.givenName = givenName;
            this.familyName = familyName;
            touch();
        }
    }

    /** Deleted by the provider at {@code when}, or one of its resources again with {@code null}. */
    public void setDeletedAt(OffsetDateTime when) {
        this.deletedAt = when;
        touch();
    }

    /** Something of the account changed through SCIM (its {@code meta.lastModified}). */
    public void touch() {
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
