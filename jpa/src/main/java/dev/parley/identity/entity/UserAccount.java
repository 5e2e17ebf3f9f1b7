package dev.parley.identity.entity;

import dev.parley.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "users")
@NamedQuery(name = UserAccount.BY_LOGIN,
        query = "select u from UserAccount u where lower(u.email) = :login or lower(u.username) = :login")
public class UserAccount {

    public static final String BY_LOGIN = "UserAccount.byLogin";

    @Id
    private UUID id;
    @Column(nullable = false)
    private String email;
    @Column(nullable = false)
    private String username;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "avatar_url")
    private String avatarUrl;
    private String bio;
    @Column(nullable = false)
    private String status;
    @Column(name = "last_seen")
    private OffsetDateTime lastSeen;
    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Column(name = "disabled_at")
    private OffsetDateTime disabledAt;
    /** the language of the UI and of mail ({@code en}, {@code ru}); null: the browser's */
    private String locale;
    @Column(name = "status_text")
    private String statusText;

    protected UserAccount() {
    }

    public UserAccount(String email, String username, String displayName, String passwordHash) {
        this.id = Ids.next();
        this.email = Objects.requireNonNull(email).toLowerCase(Locale.ROOT);
        this.username = Objects.requireNonNull(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.status = "offline";
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
        this.lastSeen = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getUsername() {
        return username;
    }

    /** What other people see: the display name, or the username when there is none. */
    public String getDisplayName() {
        return displayName(username, displayName);
    }

    /** The name shown for a user: the display name they chose, or else their username. */
    public static String displayName(String username, String chosen) {
        return chosen == null || chosen.isBlank() ? username : chosen;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public String getBio() {
        return bio;
    }

    public String getStatus() {
        return status;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public OffsetDateTime getDisabledAt() {
        return disabledAt;
    }

    /** Disables the account at {@code when}, or enables it again with {@code null}. */
    public void setDisabledAt(OffsetDateTime when) {
        this.disabledAt = when;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String getStatusText() {
        return statusText;
    }

    public void setStatusText(String statusText) {
        this.statusText = statusText;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void setBio(String bio) {
        this.bio = bio;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A new password hash; null: no local password (an account of the identity provider only). */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void setEmailVerified(boolean emailVerified) {
        this.emailVerified = emailVerified;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The user's own choice of display name (null when none), unlike {@link #getDisplayName()}. */
    public String getChosenDisplayName() {
        return displayName;
    }

    /** A new email address (stored in lower case), such as one the identity provider changed. */
    public void setEmail(String email) {
        this.email = Objects.requireNonNull(email).toLowerCase(Locale.ROOT);
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A new username, such as one the identity provider changed; uniqueness is the caller's to check. */
    public void setUsername(String username) {
        this.username = Objects.requireNonNull(username);
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
