-- Attachments of outbox mail (a review pack's workbook). The bytes are stored in the database, not as a file
-- reference: the mail must survive a restart, another node may send it, and a retry must send the same file without
-- rebuilding it. One attachment is shared by every mail of one mailing (size capped by a setting).
CREATE TABLE mail_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    created_at   DATETIME(6)  NOT NULL
);
ALTER TABLE mail_outbox ADD COLUMN attachment_id BIGINT;
ALTER TABLE mail_outbox ADD CONSTRAINT fk_mail_outbox_attachment FOREIGN KEY (attachment_id) REFERENCES mail_attachment (id);
