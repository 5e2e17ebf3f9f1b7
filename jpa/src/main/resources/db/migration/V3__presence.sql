-- Presence: the status a user chose (presence:update, PUT /api/users/me/presence), kept while they
-- are offline so that their next connection shows it again. users.status is what the user looks
-- like now ('offline' without a connection), users.last_seen when their last connection closed.
ALTER TABLE users ADD COLUMN chosen_status VARCHAR(20) NOT NULL DEFAULT 'online'
  CONSTRAINT ck_users_chosen_status CHECK (chosen_status IN ('online', 'idle', 'dnd', 'invisible'));
