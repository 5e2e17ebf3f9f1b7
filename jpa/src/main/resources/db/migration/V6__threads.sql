-- Parley schema, version 6: threads. A thread is a channel of type 'thread' under its parent text
-- channel (parent_id), started from one of the parent's messages (at most one thread per message).
ALTER TABLE channels DROP CONSTRAINT ck_channels_type;
ALTER TABLE channels ADD CONSTRAINT ck_channels_type CHECK (type IN ('text', 'voice', 'category', 'dm', 'thread'));
ALTER TABLE channels ADD COLUMN thread_message_id UUID REFERENCES messages(id) ON DELETE SET NULL;
ALTER TABLE channels ADD COLUMN owner_id UUID REFERENCES users(id) ON DELETE SET NULL;
CREATE UNIQUE INDEX uq_channels_thread_message ON channels (thread_message_id) WHERE thread_message_id IS NOT NULL;
