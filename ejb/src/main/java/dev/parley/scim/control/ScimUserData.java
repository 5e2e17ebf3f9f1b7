package dev.parley.scim.control;

/**
 * The attributes of a SCIM User that Parley keeps, as the provider sends them. {@code active} null:
 * not sent (a PUT without it leaves the account as it is; a POST makes it active). {@code password}
 * null: not sent; it is never read back.
 */
public record ScimUserData(String userName, String externalId, String givenName, String familyName,
        String formattedName, String displayName, String email, Boolean active, String password) {

    public ScimUserData withUserName(String v) {
        return new ScimUserData(v, externalId, givenName, familyName, formattedName, displayName, email, active, password);
    }

    public ScimUserData withExternalId(String v) {
        return new ScimUserData(userName, v, givenName, familyName, formattedName, displayName, email, active, password);
    }

    public ScimUserData withGivenName(String v) {
        return new ScimUserData(userName, externalId, v, familyName, formattedName, displayName, email, active, password);
    }

    public ScimUserData withFamilyName(String v) {
        return new ScimUserData(userName, externalId, givenName, v, formattedName, displayName, email, active, password);
    }

    public ScimUserData withFormattedName(String v) {
        return new ScimUserData(userName, externalId, givenName, familyName, v, displayName, email, active, password);
    }

    public ScimUserData withDisplayName(String v) {
        return new ScimUserData(userName, externalId, givenName, familyName, formattedName, v, email, active, password);
    }

    public ScimUserData withEmail(String v) {
        return new ScimUserData(userName, externalId, givenName, familyName, formattedName, displayName, v, active, password);
    }

    public ScimUserData withActive(Boolean v) {
        return new ScimUserData(userName, externalId, givenName, familyName, formattedName, displayName, email, v, password);
    }

    public ScimUserData withPassword(String v) {
        return new ScimUserData(userName, externalId, givenName, familyName, formattedName, displayName, email,
                active, v);
    }

    /**
     * The name other people see: {@code displayName}, else the formatted name, else given and family
     * name; null when none is given (Parley then shows the username).
     */
    public String shownName() {
        if (displayName != null && !displayName.isBlank()) {
            return displayName.strip();
        }
        if (formattedName != null && !formattedName.isBlank()) {
            return formattedName.strip();
        }
        String joined = ((givenName == null ? "" : givenName.strip()) + " "
                + (familyName == null ? "" : familyName.strip())).strip();
        return joined.isEmpty() ? null : joined;
    }
}
