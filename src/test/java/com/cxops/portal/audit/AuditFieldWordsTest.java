package com.cxops.portal.audit;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.complaints.TeamForm;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.complaints.TieringRule;
import com.cxops.portal.complaints.TieringRuleForm;
import com.cxops.portal.complaints.TieringRuleService;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.customers.CustomerForm;
import com.cxops.portal.customers.CustomerService;
import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.notifications.MailPreferenceService;
import com.cxops.portal.security.StaffForm;
import com.cxops.portal.security.StaffMember;
import com.cxops.portal.security.StaffService;
import com.cxops.portal.sla.Holiday;
import com.cxops.portal.sla.PolicyScope;
import com.cxops.portal.sla.SlaCalendar;
import com.cxops.portal.sla.SlaCalendarService;
import com.cxops.portal.sla.SlaPolicy;
import com.cxops.portal.sla.SlaPolicyService;
import com.cxops.portal.sla.SlaSelfCheck;
import com.cxops.portal.sla.SlotText;
import com.cxops.portal.sla.TimeSlot;
import com.cxops.portal.tasks.TaskTypeForm;
import com.cxops.portal.tasks.TaskTypeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records edited in the admin screens are audited field by field: the Chinese viewer reads labels and values in
 * Chinese ("团队已修改：名称 A → B"), with no English summary left inside the translated sentence.
 */
class AuditFieldWordsTest extends SpringTestBase {

    @Autowired
    AuditText text;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TeamService teams;
    @Autowired
    TieringRuleService rules;
    @Autowired
    SlaPolicyService policies;
    @Autowired
    SlaCalendarService calendars;
    @Autowired
    StaffService staff;
    @Autowired
    TaskTypeService taskTypes;
    @Autowired
    CustomerService customerService;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    MailPreferenceService mailPreferences;
    @Autowired
    SlaSelfCheck selfCheck;

    /** The latest entry of this action by this actor, in Chinese and in English; the English is also the stored text. */
    private String[] last(String actor, String action) {
        Map<String, Object> row = jdbc.queryForMap("SELECT detail_data, details FROM audit_entry WHERE actor = ? AND action = ? "
                + "ORDER BY id DESC LIMIT 1", actor, action);
        var details = AuditDetailsJson.read((String) row.get("detail_data")).orElseThrow();
        String english = text.render(details, TranslationProvider.ENGLISH, ZoneOffset.UTC);
        assertThat(row.get("details")).isEqualTo(english);
        return new String[]{text.render(details, TranslationProvider.CHINESE, ZoneOffset.UTC), english};
    }

    /** No English word in the Chinese text but the values typed in (a time zone, an e-mail, a code). */
    private static void noEnglish(String chinese, String... typed) {
        String rest = chinese;
        for (String t : typed) {
            rest = rest.replace(t, "");
        }
        assertThat(rest).as(chinese).doesNotContainPattern("[A-Za-z]{2,}");
    }

    @Test
    void a_team_reads_its_changed_fields_in_the_viewers_language() {
        String admin = actAsNew(Role.ADMIN).getName();
        String lead = testStaff.get(admin).getDisplayName();
        TeamForm form = new TeamForm();
        String returns = unique("退货组");
        String service = unique("售后组");
        form.setName(returns);
        var team = teams.create(form);
        assertThat(last(admin, "TEAM_CREATED")[0]).isEqualTo("团队已创建：名称 " + returns);
        form.setName(service);
        form.setLeadId(testStaff.get(admin).getId());
        form.setVersion(team.getVersion());
        teams.update(team.getId(), form);
        String[] changed = last(admin, "TEAM_UPDATED");
        assertThat(changed[0]).isEqualTo("团队已修改：名称 " + returns + " → " + service + "；负责人 无 → " + lead);
        assertThat(changed[1]).isEqualTo("Team changed: name " + returns + " → " + service + "; lead none → " + lead);
        noEnglish(changed[0], returns, service, lead);
    }

    @Test
    void a_tiering_rule_a_policy_and_a_calendar_read_in_chinese() {
        String admin = actAsNew(Role.ADMIN).getName();
        TieringRuleForm rf = new TieringRuleForm();
        rf.setName(unique("规则"));
        rf.setTier(Tier.URGENT);
        rf.setChannels(EnumSet.of(ComplaintChannel.SOCIAL_MEDIA));
        TieringRule rule = rules.create(rf);
        String created = last(admin, "TIERING_RULE_CREATED")[0];
        assertThat(created).startsWith("分级规则已创建：名称 " + rf.getName() + "；级别 紧急；启用 是").contains("渠道 社交媒体");
        noEnglish(created, rf.getName(), "VIP");
        rf.setTier(Tier.MAJOR);
        rf.setVersion(rule.getVersion());
        rules.update(rule.getId(), rf);
        assertThat(last(admin, "TIERING_RULE_UPDATED")[0]).isEqualTo("分级规则已修改：级别 紧急 → 重大");
        rules.delete(rule.getId(), rules.list().stream().filter(r -> r.getId().equals(rule.getId())).findFirst().orElseThrow().getVersion());
        noEnglish(last(admin, "TIERING_RULE_DELETED")[0], rf.getName(), "VIP");

        SlaPolicy major = policies.list().stream().filter(p -> p.getTier() == Tier.MAJOR && p.getScope().equals(PolicyScope.ALL))
                .findFirst().orElseThrow();
        var targets = major.getTargets().stream().map(t -> new SlaPolicyService.TargetForm(t.getKind(),
                t.getKind() == com.cxops.portal.sla.SlaTargetKind.RESOLUTION ? 27 * 60 : t.getDurationMinutes(), t.getCalendarId(),
                t.getWarningPercent())).toList();
        int before = major.getTargets().stream().filter(t -> t.getKind() == com.cxops.portal.sla.SlaTargetKind.RESOLUTION)
                .findFirst().orElseThrow().getDurationMinutes();
        policies.update(major.getId(), major.getVersion(), targets);
        String[] policy = last(admin, "SLA_POLICY_CHANGED");
        if (before != 27 * 60) {
            assertThat(policy[0]).startsWith("SLA 策略已修改：解决 ").contains("→ 1 天 3 小时（");
            assertThat(policy[1]).startsWith("SLA policy changed: resolution ").contains("→ 1 d 3 h (");
        }
        noEnglish(policy[0], "SLA", "Business hours", "24 x 7");
        // the policy is shared by every test of this context: the major tier's resolution goes back to what it was
        SlaPolicy changed = policies.list().stream().filter(p -> p.getId().equals(major.getId())).findFirst().orElseThrow();
        policies.update(major.getId(), changed.getVersion(), major.getTargets().stream().map(t -> new SlaPolicyService.TargetForm(
                t.getKind(), t.getDurationMinutes(), t.getCalendarId(), t.getWarningPercent())).toList());

        Map<DayOfWeek, List<TimeSlot>> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.MONDAY, SlotText.parse("09:00-18:00"));
        String name = unique("日历");
        SlaCalendar cal = calendars.create(new SlaCalendarService.CalendarForm(name, "Asia/Shanghai", false, week,
                List.of(new Holiday(LocalDate.of(2054, 10, 1), "国庆节")), List.of()));
        noEnglish(last(admin, "SLA_CALENDAR_CREATED")[0], name, "Asia/Shanghai");
        week.put(DayOfWeek.SATURDAY, SlotText.parse("09:00-12:00"));
        calendars.update(cal.getId(), cal.getVersion(), new SlaCalendarService.CalendarForm(name, "Asia/Shanghai", false, week,
                List.of(), List.of()));
        assertThat(last(admin, "SLA_CALENDAR_CHANGED")[0]).isEqualTo("工作日历已修改：周六 休息 → 09:00-12:00；节假日 1 → 0");
    }

    @Test
    void staff_preferences_task_types_customers_mail_choices_and_the_data_check_read_in_chinese() {
        String admin = actAsNew(Role.ADMIN).getName();
        StaffForm sf = new StaffForm();
        sf.setUsername(unique("zh"));
        sf.setDisplayName("赵磊");
        sf.setEmail(sf.getUsername() + "@shop.example");
        sf.setLanguage("zh-CN");
        sf.setTimeZone("Asia/Shanghai");
        sf.setRoles(EnumSet.of(Role.AGENT));
        StaffMember member = staff.create(sf, "a-long-password-42");
        noEnglish(last(admin, "STAFF_CREATED")[0], sf.getEmail(), sf.getUsername(), "Asia/Shanghai");
        StaffForm edit = StaffForm.of(member);
        edit.setRoles(EnumSet.of(Role.AGENT, Role.VIP_MANAGER));
        edit.setEnabled(false);
        staff.update(member.getId(), edit);
        assertThat(last(admin, "STAFF_DISABLED")[0]).isEqualTo("员工已修改：角色 客服专员 → 客服专员，VIP 客户经理；启用 是 → 否");

        staff.updateOwnPreferences("en", "Europe/Berlin");
        String[] prefs = last(admin, "PREFERENCES_CHANGED");
        assertThat(prefs[1]).contains("time zone").contains("→ Europe/Berlin");
        noEnglish(prefs[0], "Asia/Shanghai", "Europe/Berlin", "UTC", "English");

        String code = "T" + unique("").toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        taskTypes.save(new TaskTypeForm(code, "Tasting", "品鉴邀请", 27, false, true,
                List.of(new TaskTypeForm.Outcome("CAME", "Came", "已到场", true)), 0));
        String type = last(admin, "TASK_TYPE_CREATED")[0];
        assertThat(type).contains("期限 1 天 3 小时", "结果 已到场");
        noEnglish(type, code, "Tasting");

        long customerId = testCustomers.create("王芳");  // customers' names need not be unique
        CustomerForm cf = CustomerForm.of(customerService.find(customerId).orElseThrow());
        cf.setName("王芳芳");
        cf.setSurveyOptOut(true);
        cf.setNotes("偏好电话联系");
        customerService.update(customerId, cf);
        String customer = last(admin, "CUSTOMER_UPDATED")[0];
        assertThat(customer).isEqualTo("客户已修改：姓名 王芳 → 王芳芳；不参与调查 否 → 是；备注 无 → 6 个字符");

        mailPreferences.saveMine(Map.of(com.cxops.portal.notifications.NotificationTypes.SLA_BREACH, false));
        noEnglish(last(admin, "MAIL_PREFERENCES_CHANGED")[0], "SLA");

        selfCheck.checkComplaints(Long.MAX_VALUE - 10, Long.MAX_VALUE - 1, n -> { });
        assertThat(last(admin, "SLA_DATA_CHECKED")[0]).endsWith("0 条投诉，0 处差异").doesNotContain("complaints");
    }
}
