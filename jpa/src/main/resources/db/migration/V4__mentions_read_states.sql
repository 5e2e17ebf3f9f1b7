-- Parley schema, version 4: mentions and read states (V3 is presence's).

-- Whom a message names, for its view: users and roles by name, and @everyone/@here.
ALTER TABLE messages ADD COLUMN mention_ids UUID[];
ALTER TABLE messages ADD COLUMN mention_role_ids UUID[];
ALTER TABLE messages ADD COLUMN mention_everyone BOOLEAN NOT NULL DEFAULT FALSE;

-- Whom a message notifies (the named users, the holders of named roles, everyone for @everyone,
-- of them those who may see the channel, never the author): what mention badges count.
CREATE TABLE mentions (
  user_id    UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  channel_id UUID NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  message_id UUID NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, channel_id, message_id)
);
CREATE INDEX idx_mentions_message ON mentions (message_id);

-- The last message each user has read in each channel, kept across devices and sessions.
CREATE TABLE read_states (
  user_id         UUID        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  channel_id      UUID        NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  last_message_id UUID        NOT NULL,
  updated_at      TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  PRIMARY KEY (user_id, channel_id)
);
