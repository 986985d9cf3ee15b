package com.cxops.portal.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The bytes of outbox attachments (table mail_attachment), read only when a mail is sent. */
@Repository
class MailAttachments {

    private final JdbcTemplate jdbc;

    MailAttachments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String fileName, String contentType, byte[] content, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO mail_attachment (file_name, content_type, size_bytes, content, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, fileName);
            ps.setString(2, contentType);
            ps.setLong(3, content.length);
            ps.setBytes(4, content);
            ps.setTimestamp(5, Timestamp.from(now));
            return ps;
        }, keys);
        return Objects.requireNonNull(keys.getKeyAs(Number.class)).longValue();
    }

    Optional<MailDelivery.Attachment> find(long id) {
        List<MailDelivery.Attachment> found = jdbc.query("SELECT file_name, content_type, content FROM mail_attachment WHERE id = ?",
                (rs, n) -> new MailDelivery.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)), id);
        return found.stream().findFirst();
    }
}
