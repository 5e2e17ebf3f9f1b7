-- Parley schema, version 7: what servers, roles and moderation need (issue 9).
-- roles: Discord's "display separately" and "allow anyone to @mention this role"
ALTER TABLE roles ADD COLUMN hoist BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE roles ADD COLUMN mentionable BOOLEAN NOT NULL DEFAULT FALSE;

-- channels: slow mode, seconds a member waits between two messages (Discord's 0..21600)
ALTER TABLE channels ADD COLUMN slow_mode_seconds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE channels ADD CONSTRAINT ck_channels_slow_mode CHECK (slow_mode_seconds BETWEEN 0 AND 21600);

-- invites that grant temporary membership (removed when the member's last connection closes, unless
-- given a role meanwhile), and members who joined through one
ALTER TABLE invites ADD COLUMN temporary BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE server_members ADD COLUMN temporary BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE bans (
  server_id  UUID         NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
  user_id    UUID         NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  reason     VARCHAR(512),
  banned_by  UUID REFERENCES users(id) ON DELETE SET NULL,
  created_at TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
  PRIMARY KEY (server_id, user_id)
);

-- every moderation and settings action of a server: who (actor), what (action), on what (target),
-- the fields before and after ({"before":{...},"after":{...}}), why (reason), when (created_at;
-- ids are UUIDv7, so (server_id, id DESC) pages newest first by keyset)
CREATE TABLE audit_log (
  id          UUID PRIMARY KEY,
  server_id   UUID         NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
  actor_id    UUID REFERENCES users(id) ON DELETE SET NULL,
  action      VARCHAR(40)  NOT NULL,
  target_type VARCHAR(20),
  target_id   VARCHAR(64),
  changes     JSONB,
  reason      VARCHAR(512),
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_audit_log_server ON audit_log (server_id, id DESC);
CREATE INDEX idx_audit_log_server_action ON audit_log (server_id, action, id DESC);
CREATE INDEX idx_audit_log_server_actor ON audit_log (server_id, actor_id, id DESC);
