-- API keys of integrations (the shop pushing customers and orders). Only a SHA-256 hash of each key is stored;
-- the key itself is shown once, when it is created.
CREATE TABLE api_key (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    integration VARCHAR(64)  NOT NULL,
    key_hash    VARCHAR(64)  NOT NULL,
    key_prefix  VARCHAR(16)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    revoked_at  DATETIME(6),
    revoked_by  VARCHAR(64),
    updated_at  DATETIME(6),
    updated_by  VARCHAR(64),
    CONSTRAINT uk_api_key_hash UNIQUE (key_hash)
);
CREATE INDEX ix_api_key_integration ON api_key (integration, id);
