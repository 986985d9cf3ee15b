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

    /** Name, type and size of these attachments (not their bytes), by id. */
    java.util.Map<Long, MailOutboxService.AttachmentInfo> infos(java.util.Collection<Long> ids) {
        java.util.Map<Long, MailOutboxService.AttachmentInfo> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        jdbc.query("SELECT id, file_name, content_type, size_bytes FROM mail_attachment WHERE id IN (" + marks + ")",
                rs -> {
                    out.put(rs.getLong(1), new MailOutboxService.AttachmentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                }, ids.toArray());
        return out;
    }

    Optional<MailDelivery.Attachment> find(long id) {
        List<MailDelivery.Attachment> found = jdbc.query("SELECT file_name, content_type, content FROM mail_attachment WHERE id = ?",
                (rs, n) -> new MailDelivery.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)), id);
        return found.stream().findFirst();
    }
}
