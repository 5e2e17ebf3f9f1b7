-- Parley schema, version 1: the seed's tables (shared/seed/discord-clone-architecture.md) plus
-- the tables membership, invites and permission overwrites need.
-- Departures from the seed, and why:
--   * ids have no database default: Parley generates time-ordered UUIDv7 in Java, so that
--     (channel_id, id) orders messages and history pages use keyset pagination;
--   * timestamps are TIMESTAMPTZ: instants, whatever the server's time zone;
--   * roles.permissions is a BIGINT bit set (Discord's bits), not JSONB;
--   * messages.search_vector is a stored generated tsvector (same GIN index name as the seed);
--   * users.password_hash and messages.nonce/edited_at are added for local sign-in and
--     idempotent sends.

CREATE TABLE users (
  id             UUID PRIMARY KEY,
  email          VARCHAR(255) NOT NULL,
  username       VARCHAR(50)  NOT NULL,
  display_name   VARCHAR(100),
  avatar_url     VARCHAR(500),
  bio            TEXT,
  status         VARCHAR(20)  NOT NULL DEFAULT 'offline',
  last_seen      TIMESTAMPTZ  DEFAULT NOW(),
  email_verified BOOLEAN      NOT NULL DEFAULT FALSE,
  password_hash  VARCHAR(100),
  created_at     TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
  updated_at     TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
  CONSTRAINT uq_users_email UNIQUE (email),
  CONSTRAINT uq_users_username UNIQUE (username)
);
-- usernames and emails are unique regardless of case
CREATE UNIQUE INDEX uq_users_username_ci ON users (lower(username));
CREATE UNIQUE INDEX uq_users_email_ci ON users (lower(email));

CREATE TABLE user_sessions (
  id                 UUID PRIMARY KEY,
  user_id            UUID         NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  family_id          UUID         NOT NULL,
  refresh_token_hash VARCHAR(64)  NOT NULL,
  user_agent         VARCHAR(500),
  created_at         TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
  last_seen          TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
  expires_at         TIMESTAMPTZ  NOT NULL,
  revoked_at         TIMESTAMPTZ,
  CONSTRAINT uq_user_sessions_token UNIQUE (refresh_token_hash)
);

CREATE TABLE servers (
  id          UUID PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  description TEXT,
  icon_url    VARCHAR(500),
  owner_id    UUID         NOT NULL REFERENCES users(id),
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
  updated_at  TIMESTAMPTZ  NOT NULL DEFAULT NOW()
);

CREATE TABLE server_members (
  server_id     UUID        NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
  user_id       UUID        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  nickname      VARCHAR(100),
  joined_at     TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  timeout_until TIMESTAMPTZ,
  PRIMARY KEY (server_id, user_id)
);
CREATE INDEX idx_server_members_user ON server_members (user_id);

CREATE TABLE channels (
  id         UUID PRIMARY KEY,
  server_id  UUID         NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
  name       VARCHAR(100) NOT NULL,
  type       VARCHAR(20)  NOT NULL DEFAULT 'text',
  position   INTEGER      NOT NULL DEFAULT 0,
  topic      TEXT,
  parent_id  UUID REFERENCES channels(id) ON DELETE SET NULL,
  created_at TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
  CONSTRAINT ck_channels_type CHECK (type IN ('text', 'voice', 'category'))
);

CREATE TABLE invites (
  code       VARCHAR(16) PRIMARY KEY,
  server_id  UUID        NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
  channel_id UUID REFERENCES channels(id) ON DELETE SET NULL,
  inviter_id UUID        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  max_uses   INTEGER,
  uses       INTEGER     NOT NULL DEFAULT 0,
  expires_at TIMESTAMPTZ,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_invites_server ON invites (server_id);

CREATE TABLE messages (
  id            UUID PRIMARY KEY,
  channel_id    UUID        NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  user_id       UUID REFERENCES users(id),
  content       TEXT,
  message_type  VARCHAR(20) NOT NULL DEFAULT 'text',
  reply_to      UUID REFERENCES messages(id) ON DELETE SET NULL,
  pinned        BOOLEAN     NOT NULL DEFAULT FALSE,
  nonce         VARCHAR(64),
  created_at    TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  updated_at    TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  edited_at     TIMESTAMPTZ,
  search_vector TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', coalesce(content, ''))) STORED
);
-- the same author, channel and nonce are one message
CREATE UNIQUE INDEX uq_messages_nonce ON messages (channel_id, user_id, nonce) WHERE nonce IS NOT NULL;
-- history pages: keyset on (channel_id, id); ids are time-ordered
CREATE INDEX idx_messages_channel_id ON messages (channel_id, id DESC);

CREATE TABLE roles (
  id          UUID PRIMARY KEY,
  server_id   UUID         NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
  name        VARCHAR(100) NOT NULL,
  color       VARCHAR(7),
  permissions BIGINT       NOT NULL DEFAULT 0,
  position    INTEGER      NOT NULL DEFAULT 0,
  is_default  BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT NOW()
);
-- exactly one @everyone role per server
CREATE UNIQUE INDEX uq_roles_default ON roles (server_id) WHERE is_default;

CREATE TABLE user_roles (
  user_id   UUID REFERENCES users(id) ON DELETE CASCADE,
  role_id   UUID REFERENCES roles(id) ON DELETE CASCADE,
  server_id UUID REFERENCES servers(id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, role_id, server_id)
);

CREATE TABLE channel_overwrites (
  channel_id  UUID        NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  target_type VARCHAR(10) NOT NULL,
  target_id   UUID        NOT NULL,
  allow_bits  BIGINT      NOT NULL DEFAULT 0,
  deny_bits   BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (channel_id, target_type, target_id),
  CONSTRAINT ck_channel_overwrites_target CHECK (target_type IN ('role', 'member'))
);

CREATE TABLE dm_conversations (
  id         UUID PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE dm_participants (
  conversation_id UUID REFERENCES dm_conversations(id) ON DELETE CASCADE,
  user_id         UUID REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (conversation_id, user_id)
);

CREATE TABLE attachments (
  id            UUID PRIMARY KEY,
  message_id    UUID REFERENCES messages(id) ON DELETE CASCADE,
  filename      VARCHAR(255) NOT NULL,
  original_name VARCHAR(255) NOT NULL,
  mime_type     VARCHAR(100),
  size          BIGINT,
  url           VARCHAR(500) NOT NULL,
  created_at    TIMESTAMPTZ  NOT NULL DEFAULT NOW()
);

-- the seed's indexes
CREATE INDEX idx_messages_channel_created ON messages (channel_id, created_at DESC);
CREATE INDEX idx_messages_user ON messages (user_id);
CREATE INDEX idx_messages_content_fts ON messages USING gin (search_vector);
CREATE INDEX idx_users_username ON users (username);
CREATE INDEX idx_users_status ON users (status);
CREATE INDEX idx_channels_server ON channels (server_id);
CREATE INDEX idx_channels_parent ON channels (parent_id);
CREATE INDEX idx_user_sessions ON user_sessions (user_id, last_seen);
-- and the ones later queries need
CREATE INDEX idx_user_sessions_family ON user_sessions (family_id);
CREATE INDEX idx_roles_server ON roles (server_id);
CREATE INDEX idx_user_roles_server_user ON user_roles (server_id, user_id);
CREATE INDEX idx_attachments_message ON attachments (message_id);
