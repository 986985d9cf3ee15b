package com.cxops.portal.audit.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.audit.AuditEntry;
import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditViewTest extends KaribuTestBase {

    @Autowired
    AuditTrail audit;

    @Autowired
    TranslationProvider translations;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** A row as written before V33_1: the English text only, no structured details. */
    private void textRow(String actor, String action, String recordType, Object recordId, String details) {
        jdbc.update("INSERT INTO audit_entry (occurred_at, actor, action, record_type, record_id, details) VALUES (?, ?, ?, ?, ?, ?)",
                java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), actor, action, recordType,
                String.valueOf(recordId), details);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, s -> s.withId("audit-grid"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    @Test
    void manager_filters_the_trail_by_person_and_record() {
        String actor = unique("act");
        textRow(actor, "THING_CHANGED", "Thing", 41, "a -> b");
        textRow(actor, "THING_CHANGED", "Thing", 42, "b -> c");
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate(AuditView.class);
        _setValue(combo("audit-actor"), actor);
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._get(grid(), 0).getRecordId()).isEqualTo("42");
        _setValue(_get(TextField.class, s -> s.withId("audit-record-id")), "41");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).getDetails()).isEqualTo("a -> b");
    }

    @Test
    void the_trail_names_people_actions_and_records_in_the_viewers_language() {
        String admin = loginNew(Role.ADMIN);
        textRow(admin, "TASK_ASSIGNED", "Task", 7, "to someone");
        textRow("system", "SLA_BREACHED", "Complaint", 8, "due then");
        textRow("customer", "SURVEY_OPTED_OUT", "Customer", 9, "from the survey link");
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(AuditView.class);

        _setValue(combo("audit-actor"), admin);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("分派任务", "任务 7").doesNotContain("TASK_ASSIGNED")
                .doesNotContain(admin);
        _setValue(combo("audit-actor"), "system");
        _setValue(combo("audit-record-type"), "Complaint");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("系统", "超出 SLA 目标", "投诉 8");
        _setValue(combo("audit-record-type"), null);
        _setValue(combo("audit-actor"), "customer");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("客户（问卷链接）", "客户退订问卷");
        assertThat(combo("audit-action").getItemLabelGenerator().apply("SURVEY_OPTED_OUT")).isEqualTo("客户退订问卷");
    }

    @Test
    void structured_details_read_in_the_viewers_language_with_labels_and_names_and_keep_their_english_text() {
        String admin = loginNew(Role.ADMIN);
        String name = testStaff.get(admin).getDisplayName();
        AuditDetails changes = AuditDetails.of("audit.detail.complaint-updated", List.of(
                AuditDetails.of("timeline.change", AuditDetails.lowerLabel("complaint.spread-risk"),
                        AuditDetails.label("spread.PRIVATE"), AuditDetails.label("spread.MEDIA_VIRAL")),
                AuditDetails.lowerLabel("complaint.subject")));
        audit.recordAs(admin, "COMPLAINT_UPDATED", "Complaint", 4601, changes);
        audit.recordAs(admin, "COMPLAINT_ASSIGNED", "Complaint", 4602,
                AuditDetails.of("audit.detail.changed", AuditDetails.person((String) null), AuditDetails.person(admin)));
        audit.recordAs(admin, "REPORT_MAILED", "ReportMailing", "h6-4603", AuditDetails.of("audit.detail.report-mailed", 1, 3));

        UI.getCurrent().navigate(AuditView.class);
        _setValue(combo("audit-actor"), admin);
        assertThat(GridKt._get(grid(), 2).getDetails()).isEqualTo("Details changed: spread risk Private → Media or viral, subject");
        assertThat(GridKt._getFormattedRow(grid(), 2)).contains("Details changed: spread risk Private → Media or viral, subject");
        assertThat(GridKt._get(grid(), 1).getDetails()).isEqualTo("none → " + name).doesNotContain("null");
        assertThat(GridKt._get(grid(), 0).getDetails()).isEqualTo("1 recipient, 3 workbooks");

        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(AuditView.class);
        _setValue(combo("audit-actor"), admin);
        assertThat(GridKt._getFormattedRow(grid(), 2)).contains("详情修改：传播风险：私下 → 媒体或病毒式传播，主题")
                .noneMatch(cell -> cell.contains("PRIVATE") || cell.contains("Details changed"));
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("无 → " + name);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("1 位收件人，3 个工作簿");
    }

    @Test
    void an_entry_written_as_text_keeps_showing_its_text_in_any_language() {
        String admin = loginNew(Role.ADMIN);
        textRow(admin, "THING_CHANGED", "Thing", 4604, "h6 old words");
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(AuditView.class);
        _setValue(combo("audit-actor"), admin);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("h6 old words");
    }

    @Test
    void an_enum_passed_without_its_label_is_refused_so_no_code_reaches_the_trail() {
        assertThatThrownBy(() -> AuditDetails.of("audit.detail.text", Locale.Category.FORMAT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_code_no_bundle_knows_is_still_shown_in_words() {
        AuditLabels labels = new AuditLabels(translations, Locale.ENGLISH);
        assertThat(labels.action("WIDGET_FROBNICATED")).isEqualTo("Widget frobnicated");
        assertThat(labels.recordType("WidgetPart")).isEqualTo("Widget part");
        assertThat(labels.action("TASK_ASSIGNED")).isEqualTo("Task assigned");
    }

    /** Every detail message the code writes to the trail (audit.detail.*) has its words in both languages. */
    @Test
    void every_audit_detail_key_used_has_words_in_both_languages() throws Exception {
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(" + Pattern.quote(AuditDetails.PREFIX) + "[a-z][a-z.-]*[a-z])\"");
        Pattern prefixed = Pattern.compile("AuditDetails\\.PREFIX \\+ \"([a-z][a-z-]*)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = Files.readString(file);
                Matcher m = literal.matcher(src);
                while (m.find()) {
                    keys.add(m.group(1));
                }
                Matcher p = prefixed.matcher(src);
                while (p.find()) {
                    keys.add(AuditDetails.PREFIX + p.group(1));
                }
            }
        }
        // a key ending in "." is a prefix completed at run time (audit.detail.login. + the refusal's kind)
        keys.removeIf(k -> k.endsWith("."));
        assertThat(keys).contains("audit.detail.changed", "audit.detail.complaint-updated", "audit.detail.unchanged")
                .hasSizeGreaterThan(60);
        for (Locale locale : TranslationProvider.SUPPORTED) {
            assertThat(keys).allSatisfy(k -> assertThat(translations.find(locale, k)).as("%s in %s", k, locale).isPresent());
        }
    }

    /** Every action and record type the code writes to the trail has its words in both languages. */
    @Test
    void every_audited_action_and_record_type_has_words_in_both_languages() throws Exception {
        Set<String> actions = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        Pattern call = Pattern.compile("\\.(record|recordAs)\\(");
        Pattern code = Pattern.compile("\"([A-Z][A-Z_]{3,})\"");
        Pattern type = Pattern.compile("\"[A-Z][A-Z_]{3,}\"\\s*,\\s*\"([A-Z][A-Za-z]+)\"");
        // an action chosen before the call (String action = cond ? "A" : "B";) is found by its variable's line
        Pattern chosen = Pattern.compile("String action = ([^;]*);");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = Files.readString(file);
                Matcher m = call.matcher(src);
                while (m.find()) {
                    int end = src.indexOf(';', m.end());
                    String args = src.substring(m.end(), end < 0 ? src.length() : end);
                    Matcher c = code.matcher(args);
                    while (c.find()) {
                        actions.add(c.group(1));
                    }
                    Matcher t = type.matcher(args);
                    if (t.find()) {
                        types.add(t.group(1));
                    }
                }
                Matcher v = chosen.matcher(src);
                while (v.find()) {
                    Matcher c = code.matcher(v.group(1));
                    while (c.find()) {
                        actions.add(c.group(1));
                    }
                }
            }
        }
        assertThat(actions).contains("TASK_ASSIGNED", "LOGIN_FAILURE", "STAFF_DISABLED").hasSizeGreaterThan(90);
        assertThat(types).contains("Complaint", "StaffMember");
        for (Locale locale : TranslationProvider.SUPPORTED) {
            assertThat(actions).allSatisfy(a -> assertThat(translations.find(locale, AuditLabels.ACTION_PREFIX + a))
                    .as("%s in %s", a, locale).isPresent());
            assertThat(types).allSatisfy(t -> assertThat(translations.find(locale, AuditLabels.RECORD_PREFIX + t))
                    .as("%s in %s", t, locale).isPresent());
        }
    }
}
