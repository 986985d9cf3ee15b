package com.cxops.portal.complaints.tiering;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many customers a complaint's text says are affected: "200 orders", "35 people", "dozens of customers",
 * "几十个买家", "两百个订单", "上百户", and a whole batch ("整批", "whole batch"), for which the text gives no number and
 * the administrator's estimate is used. Vague words count as their lower bound (几十 = 20, hundreds = 100).
 */
public final class CountInference {

    private static final String EN_NOUNS = "customers?|buyers?|people|persons|users|orders|families|households|members|parents|"
            + "clients|shoppers|mothers|residents|employees|colleagues|students|consumers|accounts|subscribers";
    private static final Pattern EN = Pattern.compile("(?i)(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d{1,7}|dozens|hundreds|thousands|scores)"
            + "\\s+(?:of\\s+)?(?:(?:other|more|our|the|my|angry|unhappy|different|other|affected|local)\\s+){0,2}(" + EN_NOUNS + ")\\b");
    private static final String ZH_NUM = "\\d{1,7}|[零一二两三四五六七八九十百千万几好上数]{1,6}";
    private static final Pattern ZH = Pattern.compile("(" + ZH_NUM + ")\\s*(?:个|位|名|户|份|单|家|笔|批)?\\s*(?:的)?"
            + "(订单|买家|顾客|客户|用户|消费者|家庭|住户|业主|家长|宝妈|会员|同事|员工|学生|人|户|份|单)(?!看|观看|浏览|围观|转发|点赞|阅读|播放)");
    private static final Pattern VAGUE_EN = Pattern.compile("(?i)dozens|hundreds|thousands|scores");
    private static final String ZH_NUMERALS = "零一二两三四五六七八九十百千万几好上数";
    /**
     * A bulk order whose every item is concerned: "ordered 120 uniforms and all of them …", "订了120套校服，全部…". Each item
     * stands for a customer affected (a school's or a company's order reaches as many people).
     */
    private static final Pattern EN_ITEMS = Pattern.compile("(?i)\\b(?:ordered|bought|purchased|received|delivered)\\s+(\\d{1,3}(?:,\\d{3})+|\\d{2,7})"
            + "\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+(?=[^.!?;]{0,60}?\\b(?:all|every one|each one|none) of them\\b)");
    private static final Pattern ZH_ITEMS = Pattern.compile("(?:订了|买了|订购了|采购了|收到了?|定了)(\\d{2,7}|[一二两三四五六七八九十百千万]{2,6})\\s*"
            + "(?:件|套|个|份|台|条|双|箱|盒|只)[^。！？；]{0,30}?(?:全部|全都|统统|每一(?:件|套|个))");
    private static final Pattern BATCH = Pattern.compile("(?i)整批|整个批次|同一批次?|同批次|这一批|这批货|整批次|(?:the\\s+)?(?:whole|entire|same)\\s+(?:batch|lot|shipment)");

    private CountInference() {
    }

    /** What the text says: the largest count found and the words that said it; null if the text names no count. */
    public record Inferred(int count, String words) {
    }

    public static Inferred infer(String normalizedText, int batchEstimate) {
        if (normalizedText == null || normalizedText.isEmpty()) {
            return null;
        }
        Inferred best = null;
        boolean digits = normalizedText.chars().anyMatch(Character::isDigit);
        Matcher m = EN.matcher(digits || VAGUE_EN.matcher(normalizedText).find() ? normalizedText : "");
        while (m.find()) {
            int n = english(m.group(1));
            if (n > 1 && (best == null || n > best.count())) {
                best = new Inferred(n, m.group().trim());
            }
        }
        m = ZH.matcher(digits || normalizedText.chars().anyMatch(c -> ZH_NUMERALS.indexOf(c) >= 0) ? normalizedText : "");
        while (m.find()) {
            int n = chinese(m.group(1));
            if (n > 1 && (best == null || n > best.count())) {
                best = new Inferred(n, m.group().trim());
            }
        }
        m = EN_ITEMS.matcher(digits ? normalizedText : "");
        while (m.find()) {
            int n = english(m.group(1));
            if (n > 1 && (best == null || n > best.count())) {
                best = new Inferred(n, m.group().trim());
            }
        }
        m = ZH_ITEMS.matcher(digits || normalizedText.chars().anyMatch(c -> ZH_NUMERALS.indexOf(c) >= 0) ? normalizedText : "");
        while (m.find()) {
            int n = chinese(m.group(1));
            if (n > 1 && (best == null || n > best.count())) {
                best = new Inferred(n, m.group().trim());
            }
        }
        if (batchEstimate > 1) {
            m = BATCH.matcher(normalizedText);
            if (m.find() && (best == null || batchEstimate > best.count())) {
                best = new Inferred(batchEstimate, m.group().trim());
            }
        }
        return best;
    }

    private static int english(String n) {
        return switch (n.toLowerCase(java.util.Locale.ROOT)) {
            case "dozens" -> 24;
            case "scores" -> 40;
            case "hundreds" -> 100;
            case "thousands" -> 1000;
            default -> parse(n.replace(",", ""));
        };
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** 两百 = 200, 三十五 = 35, 几十 / 好几十 / 数十 = 20, 上百 / 几百 = 100, 上千 = 1000, 十几 = 10. */
    static int chinese(String n) {
        if (Character.isDigit(n.charAt(0))) {
            return parse(n);
        }
        String s = n.replace("好", "");
        boolean vague = s.contains("几") || s.contains("上") || s.contains("数");
        if (vague) {
            s = s.replace("上", "一").replace("几", "二").replace("数", "二");
            if (s.startsWith("十")) {
                return 10;
            }
        }
        int total = 0;
        int section = 0;
        int digit = 0;
        boolean any = false;
        for (char c : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
                any = true;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> 0;
            };
            if (unit == 0) {
                return 0;
            }
            any = true;
            if (unit == 10000) {
                total = (total + section + digit) * unit;
                section = 0;
            } else {
                section += (digit == 0 ? 1 : digit) * unit;
            }
            digit = 0;
        }
        return any ? total + section + digit : 0;
    }
}
