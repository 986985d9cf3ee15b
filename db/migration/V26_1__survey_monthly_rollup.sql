-- Monthly rollups of the survey results (issue 16, 17): per month of the shop zone, survey kind and one split value,
-- the invitations sent and answered and the answers per score. One row per dimension value (LAYER, MEMBERSHIP, VIP,
-- TIER, CATEGORY, TEAM, AGENT, and ALL with grp ''), so a split by any one dimension reads a few rows per month
-- instead of counting every invitation and answer. Kept in step by the writes (SurveyRollups) in their transaction;
-- filled and checked against the shop zone by the rebuild at start (survey_rollup_state).
CREATE TABLE survey_rollup (
    month_key   INT          NOT NULL,
    kind        VARCHAR(8)   NOT NULL,
    dimension   VARCHAR(16)  NOT NULL,
    grp         VARCHAR(40)  NOT NULL,
    sent        BIGINT       NOT NULL DEFAULT 0,
    answered    BIGINT       NOT NULL DEFAULT 0,
    s0          BIGINT       NOT NULL DEFAULT 0,
    s1          BIGINT       NOT NULL DEFAULT 0,
    s2          BIGINT       NOT NULL DEFAULT 0,
    s3          BIGINT       NOT NULL DEFAULT 0,
    s4          BIGINT       NOT NULL DEFAULT 0,
    s5          BIGINT       NOT NULL DEFAULT 0,
    s6          BIGINT       NOT NULL DEFAULT 0,
    s7          BIGINT       NOT NULL DEFAULT 0,
    s8          BIGINT       NOT NULL DEFAULT 0,
    s9          BIGINT       NOT NULL DEFAULT 0,
    s10         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_survey_rollup PRIMARY KEY (kind, dimension, month_key, grp)
);

-- Which shop zone the months were cut in; NULL until the first rebuild. Readers count live while it differs.
CREATE TABLE survey_rollup_state (
    id          INT          NOT NULL PRIMARY KEY,
    zone        VARCHAR(64),
    built_at    DATETIME(6)
);
INSERT INTO survey_rollup_state (id, zone, built_at) VALUES (1, NULL, NULL);
