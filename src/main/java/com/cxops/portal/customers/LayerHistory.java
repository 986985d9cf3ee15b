package com.cxops.portal.customers;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Reads the append-only layer history written by {@link LayerRecomputation}. */
@Repository
class LayerHistory {

    private final JdbcTemplate jdbc;

    LayerHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    Slice<LayerChange> of(long customerId, Pageable pageable) {
        int size = pageable.getPageSize();
        List<LayerChange> rows = jdbc.query("""
                SELECT customer_id, from_layer, to_layer, changed_at, reason FROM customer_layer_change
                WHERE customer_id = ? ORDER BY changed_at DESC, id DESC LIMIT ? OFFSET ?""",
                (rs, i) -> new LayerChange(rs.getLong(1), rs.getString(2) == null ? null : CustomerLayer.valueOf(rs.getString(2)),
                        CustomerLayer.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(5)),
                customerId, size + 1, pageable.getOffset());
        boolean more = rows.size() > size;
        return new SliceImpl<>(more ? rows.subList(0, size) : rows, pageable, more);
    }
}
