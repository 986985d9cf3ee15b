package com.cxops.portal.audit;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditDetails.Arg;
import com.cxops.portal.base.AuditWords;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.ActorNames;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Audit details in words in one language: the English text stored with each entry when it is written, and the
 * viewer's language when the trail is shown. Labels come from the bundles, people by name, times in the given zone. A
 * key no bundle knows (written by another version) still reads as words made from the key, never a missing-key marker.
 */
@Component
public class AuditText {

    static final String SEPARATOR = AuditDetails.PREFIX + "separator";
    static final String NONE = AuditDetails.PREFIX + "none";

    private final TranslationProvider i18n;
    private final StaffDirectory staff;
    private final Map<String, AuditWords> words;

    public AuditText(TranslationProvider i18n, StaffDirectory staff, List<AuditWords> words) {
        this.i18n = i18n;
        this.staff = staff;
        this.words = words.stream().collect(Collectors.toUnmodifiableMap(AuditWords::kind, w -> w));
    }

    /** What an entry's details say in this language: its message when it has one, else the text stored with it. */
    public String details(AuditEntry entry, Locale locale, ZoneId zone) {
        return AuditDetailsJson.read(entry.getDetailData()).map(d -> render(d, locale, zone))
                .orElseGet(() -> entry.getDetails() == null ? "" : entry.getDetails());
    }

    public String render(AuditDetails d, Locale locale, ZoneId zone) {
        Locale lang = TranslationProvider.supported(locale);
        Object[] args = d.args().stream().map(a -> arg(a, lang, zone)).toArray();
        String text = i18n.find(lang, d.key())
                .map(pattern -> args.length == 0 ? pattern : new MessageFormat(pattern, lang).format(args))
                .orElseGet(() -> fromKey(d.key(), args));
        return d.lowerCase() ? text.toLowerCase(lang) : text;
    }

    private Object arg(Arg arg, Locale lang, ZoneId zone) {
        return switch (arg) {
            case AuditDetails.Text t -> t.value() == null ? "" : t.value();
            case AuditDetails.Ref r -> i18n.text(lang, r.value());
            case AuditDetails.Words w -> lang.equals(TranslationProvider.CHINESE) ? w.chinese() : w.english();
            case AuditDetails.Coded c -> words.containsKey(c.kind())
                    ? words.get(c.kind()).words(c.value(), (k, a) -> i18n.translate(lang, k, a)) : c.value();
            case AuditDetails.Num n -> n.value();
            case AuditDetails.At i -> Formats.dateTime(i.value(), zone, lang);
            case AuditDetails.Day d -> Formats.date(d.value(), lang);
            case AuditDetails.Person p -> ActorNames.name(p.username(), staff, (k, a) -> i18n.translate(lang, k, a));
            case AuditDetails.StaffId s -> staff.displayName(s.id()).orElse("#" + s.id());
            case AuditDetails.Nested m -> render(m.details(), lang, zone);
            case AuditDetails.Joined l -> l.parts().stream().map(p -> String.valueOf(arg(p, lang, zone)))
                    .collect(Collectors.joining(i18n.find(lang, SEPARATOR).orElse(", ")));
            case AuditDetails.None none -> i18n.find(lang, NONE).orElse("-");
        };
    }

    /** A key this version does not know, in words made from its last part, followed by its arguments. */
    private static String fromKey(String key, Object[] args) {
        String tail = key.substring(key.lastIndexOf('.') + 1).replace('-', '_');
        String words = fromCode(tail);
        if (args.length == 0) {
            return words;
        }
        return words + ": " + java.util.Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "TASK_ASSIGNED" → "Task assigned", "StaffMember" → "Staff member". */
    public static String fromCode(String code) {
        String words = code.contains("_") ? code.replace('_', ' ') : code.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
        String lower = words.toLowerCase(Locale.ROOT).strip();
        return lower.isEmpty() ? code : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
