-- Parley schema, version 5: direct messages (the seed's dm_conversations / dm_participants) and blocks.

-- A conversation's messages live in a channel of its own, of type 'dm', that belongs to the
-- conversation instead of a server: every channel belongs to exactly one of the two.
ALTER TABLE channels ALTER COLUMN server_id DROP NOT NULL;
ALTER TABLE channels ADD COLUMN dm_id UUID REFERENCES dm_conversations(id) ON DELETE CASCADE;
ALTER TABLE channels DROP CONSTRAINT ck_channels_type;
ALTER TABLE channels ADD CONSTRAINT ck_channels_type CHECK (type IN ('text', 'voice', 'category', 'dm'));
ALTER TABLE channels ADD CONSTRAINT ck_channels_place CHECK ((server_id IS NULL) <> (dm_id IS NULL));
CREATE UNIQUE INDEX uq_channels_dm ON channels (dm_id) WHERE dm_id IS NOT NULL;

-- owner: who started a group conversation; pair_key: the two participants of a one-to-one
-- conversation, smaller id first, so that there is one per pair however often it is asked for.
ALTER TABLE dm_conversations ADD COLUMN owner_id UUID REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE dm_conversations ADD COLUMN pair_key VARCHAR(73);
CREATE UNIQUE INDEX uq_dm_conversations_pair ON dm_conversations (pair_key) WHERE pair_key IS NOT NULL;
ALTER TABLE dm_participants ADD COLUMN joined_at TIMESTAMPTZ NOT NULL DEFAULT NOW();
CREATE INDEX idx_dm_participants_user ON dm_participants (user_id);

-- A user who blocked another: the blocked one cannot start a conversation with them, nor write
-- in their one-to-one conversation.
CREATE TABLE user_blocks (
  user_id    UUID        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  blocked_id UUID        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  PRIMARY KEY (user_id, blocked_id),
  CONSTRAINT ck_user_blocks_self CHECK (user_id <> blocked_id)
);
CREATE INDEX idx_user_blocks_blocked ON user_blocks (blocked_id);
