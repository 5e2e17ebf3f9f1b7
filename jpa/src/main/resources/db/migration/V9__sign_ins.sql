-- Issue 10: a sign-in (a family of refresh tokens) can be listed, revoked and refused at once.
-- Rotating a refresh token was recorded as revoking it; rotation and revocation are now apart, so that
-- "this family was signed out" can be told from "this token was traded for a newer one".
ALTER TABLE user_sessions
  ADD COLUMN rotated_at   TIMESTAMPTZ,
  ADD COLUMN signed_in_at TIMESTAMPTZ,
  ADD COLUMN ip           VARCHAR(64);

UPDATE user_sessions s SET signed_in_at = (SELECT min(f.created_at) FROM user_sessions f WHERE f.family_id = s.family_id);
ALTER TABLE user_sessions ALTER COLUMN signed_in_at SET NOT NULL;

-- a revoked row of a family that still has a live row was rotated, not revoked
UPDATE user_sessions s SET rotated_at = s.revoked_at, revoked_at = NULL
 WHERE s.revoked_at IS NOT NULL
   AND EXISTS (SELECT 1 FROM user_sessions n WHERE n.family_id = s.family_id AND n.revoked_at IS NULL);

-- a user's live sign-ins (the current token of each family)
CREATE INDEX idx_user_sessions_live ON user_sessions (user_id) WHERE rotated_at IS NULL AND revoked_at IS NULL;
-- what was revoked lately (read when an instance starts: its revocation set)
CREATE INDEX idx_user_sessions_revoked ON user_sessions (revoked_at) WHERE revoked_at IS NOT NULL;

-- a disabled account cannot sign in, and its tokens are refused from the moment it is disabled
ALTER TABLE users ADD COLUMN disabled_at TIMESTAMPTZ;

-- the key that signs access tokens, the same for every instance of a cluster (unless parley.jwt.key-dir is set)
CREATE TABLE signing_keys (
  id          VARCHAR(32) PRIMARY KEY,
  private_pem TEXT        NOT NULL,
  public_pem  TEXT        NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

-- profile: the language of the UI and of mail (en, ru; null: the browser's), a status text
ALTER TABLE users
  ADD COLUMN locale      VARCHAR(16),
  ADD COLUMN status_text VARCHAR(128);

-- the audit log also holds events of the whole installation (sign-in throttling, accounts disabled by
-- the identity provider): no server, read by the installation's administrators
ALTER TABLE audit_log ALTER COLUMN server_id DROP NOT NULL;
CREATE INDEX idx_audit_log_instance ON audit_log (id DESC) WHERE server_id IS NULL;

-- settings of the whole installation that its administrators change at run time (PARLEY_ADMINS)
CREATE TABLE instance_settings (
  key        VARCHAR(64)  PRIMARY KEY,
  value      VARCHAR(500) NOT NULL,
  updated_at TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
  updated_by UUID REFERENCES users(id) ON DELETE SET NULL
);
