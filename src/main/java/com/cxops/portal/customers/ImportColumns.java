package com.cxops.portal.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The documented import format (docs/samples/README.md): columns found by header name, in English or Chinese,
 * in any order; unknown columns are ignored. Parsing of each kind of cell, with the message key when it fails.
 */
final class ImportColumns {

    private ImportColumns() {
    }

    enum Kind { CUSTOMERS, ORDERS }

    enum Column {
        // customers
        C_EXTERNAL_ID(Kind.CUSTOMERS, true, "external_id", "customer_id", "id", "客户编号", "客户id"),
        C_NAME(Kind.CUSTOMERS, true, "name", "姓名", "客户姓名", "名称"),
        C_EMAIL(Kind.CUSTOMERS, false, "email", "e-mail", "邮箱", "电子邮箱"),
        C_PHONE(Kind.CUSTOMERS, false, "phone", "mobile", "电话", "手机", "手机号"),
        C_REGISTERED_AT(Kind.CUSTOMERS, false, "registered_at", "registered", "注册时间", "注册日期"),
        C_BIRTHDAY(Kind.CUSTOMERS, false, "birthday", "生日"),
        C_ANNIVERSARY(Kind.CUSTOMERS, false, "anniversary", "纪念日"),
        C_MEMBERSHIP(Kind.CUSTOMERS, false, "membership", "membership_level", "会员等级"),
        C_SURVEY_OPT_OUT(Kind.CUSTOMERS, false, "survey_opt_out", "不参与调查"),
        // orders
        O_EXTERNAL_ID(Kind.ORDERS, true, "external_id", "order_id", "订单编号", "订单号"),
        O_CUSTOMER(Kind.ORDERS, true, "customer_external_id", "customer_id", "customer", "客户编号"),
        O_PLACED_AT(Kind.ORDERS, true, "placed_at", "order_date", "下单时间", "下单日期"),
        O_AMOUNT(Kind.ORDERS, true, "amount", "金额", "订单金额"),
        O_CURRENCY(Kind.ORDERS, true, "currency", "币种"),
        O_STATUS(Kind.ORDERS, true, "status", "状态", "订单状态"),
        O_CATEGORY(Kind.ORDERS, false, "category", "品类");

        final Kind kind;
        final boolean required;
        final List<String> names;

        Column(Kind kind, boolean required, String... names) {
            this.kind = kind;
            this.required = required;
            this.names = List.of(names);
        }

        boolean matches(String header) {
            String h = normalize(header);
            return names.stream().anyMatch(n -> normalize(n).equals(h));
        }

        String field() {
            return switch (this) {
                case C_EXTERNAL_ID, O_EXTERNAL_ID -> "externalId";
                case C_NAME -> "name";
                case C_EMAIL -> "email";
                case C_PHONE -> "phone";
                case C_REGISTERED_AT -> "registeredAt";
                case C_BIRTHDAY -> "birthday";
                case C_ANNIVERSARY -> "anniversary";
                case C_MEMBERSHIP -> "membership";
                case C_SURVEY_OPT_OUT -> "surveyOptOut";
                case O_CUSTOMER -> "customerExternalId";
                case O_PLACED_AT -> "placedAt";
                case O_AMOUNT -> "amount";
                case O_CURRENCY -> "currency";
                case O_STATUS -> "status";
                case O_CATEGORY -> "category";
            };
        }
    }

    static String normalize(String header) {
        return header == null ? "" : header.trim().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "");
    }

    static Optional<Column> column(Kind kind, String header) {
        for (Column c : Column.values()) {
            if (c.kind == kind && c.matches(header)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Thrown by the parsers below with the message key of what is wrong. */
    static final class BadCell extends RuntimeException {
        final String messageKey;

        BadCell(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }
    }

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d[ ]['T']H:mm[:ss][.SSS]"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"));

    /** An instant: with an offset ("…Z", "…+08:00"), or a local date-time or date taken in the shop's time zone. */
    static Instant instant(String text, ZoneId zone) {
        String v = text.trim();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with an offset: try the local forms
        }
        for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
            try {
                return LocalDateTime.parse(v, f).atZone(zone).toInstant();
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        throw new BadCell("import.error.date-time");
    }

    /** A calendar date; a workbook date cell arrives as "2026-01-02T00:00" and counts as its date. */
    static LocalDate date(String text) {
        String v = text.trim();
        if (v.matches("\\d{4}-\\d{1,2}-\\d{1,2}T00:00(:00)?")) {
            v = v.substring(0, v.indexOf('T'));
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        throw new BadCell("import.error.date");
    }

    static BigDecimal amount(String text) {
        try {
            BigDecimal v = new BigDecimal(text.trim());
            if (v.signum() < 0) {
                throw new BadCell("import.error.amount-negative");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadCell("import.error.amount");
        }
    }

    private static final Map<String, MembershipLevel> MEMBERSHIP = Map.of(
            "ordinary", MembershipLevel.ORDINARY, "普通", MembershipLevel.ORDINARY, "普通会员", MembershipLevel.ORDINARY,
            "gold", MembershipLevel.GOLD, "金卡", MembershipLevel.GOLD, "金卡会员", MembershipLevel.GOLD,
            "diamond", MembershipLevel.DIAMOND, "钻石", MembershipLevel.DIAMOND, "钻石会员", MembershipLevel.DIAMOND);

    static MembershipLevel membership(String text) {
        MembershipLevel m = MEMBERSHIP.get(text.trim().toLowerCase(Locale.ROOT));
        if (m == null) {
            throw new BadCell("import.error.membership");
        }
        return m;
    }

    private static final Map<String, OrderStatus> STATUS = Map.of(
            "paid", OrderStatus.PAID, "已支付", OrderStatus.PAID, "refunded", OrderStatus.REFUNDED, "已退款", OrderStatus.REFUNDED,
            "cancelled", OrderStatus.CANCELLED, "canceled", OrderStatus.CANCELLED, "已取消", OrderStatus.CANCELLED);

    static OrderStatus status(String text) {
        OrderStatus s = STATUS.get(text.trim().toLowerCase(Locale.ROOT));
        if (s == null) {
            throw new BadCell("import.error.status");
        }
        return s;
    }

    static Boolean yesNo(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是" -> true;
            case "false", "no", "n", "0", "否" -> false;
            default -> throw new BadCell("import.error.yes-no");
        };
    }
}
