-- Issue 10, single sign-on: accounts linked to identities at OpenID Connect providers (and GitHub),
-- which Parley sign-in came through which provider session (for back-channel logout), and which
-- directory groups give which server roles.

-- an identity at a provider: the issuer and its subject name one person for good (email can change)
CREATE TABLE linked_identities (
  id             UUID         PRIMARY KEY,
  user_id        UUID         NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  provider       VARCHAR(32)  NOT NULL,
  issuer         VARCHAR(500) NOT NULL,
  subject        VARCHAR(255) NOT NULL,
  email          VARCHAR(255),
  created_at     TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
  last_sign_in_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  CONSTRAINT uq_linked_identities_subject UNIQUE (issuer, subject)
);
CREATE INDEX idx_linked_identities_user ON linked_identities (user_id);

-- a Parley sign-in (refresh-token family) made through a provider: the provider's session (sid) that a
-- back-channel logout names
CREATE TABLE sso_sign_ins (
  family_id   UUID         PRIMARY KEY,
  user_id     UUID         NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  issuer      VARCHAR(500) NOT NULL,
  subject     VARCHAR(255) NOT NULL,
  sid         VARCHAR(255),
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_sso_sign_ins_sid ON sso_sign_ins (issuer, sid) WHERE sid IS NOT NULL;
CREATE INDEX idx_sso_sign_ins_subject ON sso_sign_ins (issuer, subject);

-- group sync: a member of this directory group holds this server role; a role named here is managed
-- by the directory (granted and taken at each sign-in), others are left alone
CREATE TABLE sso_group_roles (
  idp_group  VARCHAR(256) NOT NULL,
  server_id  UUID         NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
  role_id    UUID         NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  created_at TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
  PRIMARY KEY (idp_group, role_id)
);
CREATE INDEX idx_sso_group_roles_role ON sso_group_roles (role_id);
