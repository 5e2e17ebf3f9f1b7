-- Issue 10: the single-use links Parley sends by mail, to verify an email address (24 h) and to reset a
-- password (1 h). A link's token is 256 random bits; only its SHA-256 (hex) is stored, so a copy of this
-- table opens no account.
CREATE TABLE account_links (
  id         UUID        PRIMARY KEY,
  user_id    UUID        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  purpose    VARCHAR(16) NOT NULL CHECK (purpose IN ('verify-email', 'reset-password')),
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  expires_at TIMESTAMPTZ NOT NULL,
  used_at    TIMESTAMPTZ
);

-- a user's open links of one purpose (a new one, or using one, retires the others)
CREATE INDEX idx_account_links_open ON account_links (user_id, purpose) WHERE used_at IS NULL;
