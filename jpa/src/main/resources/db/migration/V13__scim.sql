-- Issue 10, deprovisioning: what the identity provider's SCIM client knows of an account (RFC 7643 User).
-- One row per account the provider has created or touched; accounts without a row are still visible to it
-- (so that it can match and take over accounts made before provisioning was switched on).
CREATE TABLE scim_users (
  user_id     UUID         PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  -- the provider's userName as it sent it (may be an email; the Parley username is derived from it)
  user_name   VARCHAR(255) NOT NULL,
  -- the provider's own id of the person (Entra's objectId, Okta's user id), when it sends one
  external_id VARCHAR(255),
  given_name  VARCHAR(100),
  family_name VARCHAR(100),
  -- DELETE through SCIM: the account is disabled and no longer one of the provider's resources
  deleted_at  TIMESTAMPTZ,
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
  updated_at  TIMESTAMPTZ  NOT NULL DEFAULT NOW()
);
-- userName is unique regardless of case (RFC 7643: caseExact false)
CREATE UNIQUE INDEX uq_scim_users_user_name ON scim_users (lower(user_name));
CREATE INDEX idx_scim_users_external_id ON scim_users (external_id) WHERE external_id IS NOT NULL;
