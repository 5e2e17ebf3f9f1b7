-- Parley schema, version 8: keyword auto-moderation (issue 9). A server has up to 10 rules; a rule
-- matches a message by its keywords (words or phrases, case-insensitive, on word boundaries, with
-- a leading and/or trailing * as a wildcard) or its regexes (RE2 syntax), and then blocks it or
-- flags it (posted, and an alert goes to alert_channel_id). Members holding one of
-- exempt_role_ids, and messages in exempt_channel_ids (or their threads and a category's
-- channels), are not checked. The lists are arrays: a rule is read whole, never searched by them.
CREATE TABLE automod_rules (
  id                 UUID PRIMARY KEY,
  server_id          UUID         NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
  name               VARCHAR(100) NOT NULL,
  keywords           TEXT[]       NOT NULL DEFAULT '{}',
  regexes            TEXT[]       NOT NULL DEFAULT '{}',
  action             VARCHAR(10)  NOT NULL,
  alert_channel_id   UUID REFERENCES channels(id) ON DELETE SET NULL,
  exempt_role_ids    UUID[]       NOT NULL DEFAULT '{}',
  exempt_channel_ids UUID[]       NOT NULL DEFAULT '{}',
  enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
  created_by         UUID REFERENCES users(id) ON DELETE SET NULL,
  created_at         TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
  updated_at         TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
  CONSTRAINT ck_automod_rules_action CHECK (action IN ('block', 'flag'))
);
CREATE INDEX idx_automod_rules_server ON automod_rules (server_id, id);
