-- Parley schema, version 2: what edits, deletes, replies, pins and reactions need.

-- A reply keeps naming its original after the original is deleted, so that it can say
-- "original message deleted" (with ON DELETE SET NULL it would look like no reply at all).
ALTER TABLE messages DROP CONSTRAINT messages_reply_to_fkey;

-- The versions a message had before each edit, oldest first by id; deleted with the message.
CREATE TABLE message_edits (
  id          UUID PRIMARY KEY,
  message_id  UUID        NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  content     TEXT        NOT NULL,
  written_at  TIMESTAMPTZ NOT NULL,  -- when this version was posted, or written by the edit before
  replaced_at TIMESTAMPTZ NOT NULL   -- when the edit replaced it
);
CREATE INDEX idx_message_edits_message ON message_edits (message_id, id);

-- Pins: who pinned and when; a channel's pins are listed newest pin first.
ALTER TABLE messages ADD COLUMN pinned_at TIMESTAMPTZ;
ALTER TABLE messages ADD COLUMN pinned_by UUID REFERENCES users(id) ON DELETE SET NULL;
CREATE INDEX idx_messages_pins ON messages (channel_id, pinned_at DESC) WHERE pinned;

-- One reaction per person, message and emoji (a Unicode emoji, validated by the service).
CREATE TABLE reactions (
  message_id UUID        NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  emoji      VARCHAR(64) NOT NULL,
  user_id    UUID        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  PRIMARY KEY (message_id, emoji, user_id)
);
