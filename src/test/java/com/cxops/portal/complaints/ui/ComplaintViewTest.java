package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.customers.CustomerLayer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.cxops.portal.complaints.ComplaintForm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintViewTest extends ComplaintUiTestSupport {

    private List<String> timeline() {
        return staticTexts("timeline", ".cx-timeline-text");
    }

    @Test
    void agent_works_a_complaint_from_the_page_and_the_timeline_shows_each_step() {
        Complaint c = complaint(unique("Page "), SpreadRisk.PRIVATE, ComplaintCategory.LATE_DELIVERY);
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("complaints/" + c.getId());
        assertThat(_get(Span.class, s -> s.withId("complaint-tier")).getText()).isEqualTo("Normal");
        assertThat(_get(Div.class, s -> s.withId("complaint-description")).getText()).isEqualTo("<b>bold</b> text stays text");
        assertThat(_get(Span.class, s -> s.withId("compensation-suggestion")).getText()).contains("Late delivery");
        _click(_get(Button.class, s -> s.withId("complaint-take")));
        _click(_get(Button.class, s -> s.withId("transition-ACKNOWLEDGED")));
        assertThat(_get(Span.class, s -> s.withId("complaint-status")).getText()).isEqualTo("Acknowledged");
        _setValue(_get(TextArea.class, s -> s.withId("note-text")), "Parcel found at depot");
        _setValue(_get(Checkbox.class, s -> s.withId("note-visible")), true);
        _click(_get(Button.class, s -> s.withId("note-add")));
        assertThat(timeline()).containsSubsequence("Complaint logged", "Tier Normal: no escalation rule matched",
                "Status: New → Acknowledged", "Note to customer: Parcel found at depot");
        _click(_get(Button.class, s -> s.withId("complaint-copy-summary")));
        assertThat(_get(TextArea.class, s -> s.withId("summary-text")).getValue()).contains("Parcel found at depot", c.getNumber());
    }

    @Test
    void close_on_a_major_complaint_without_its_analysis_is_disabled_with_the_reason() {
        Complaint c = complaint(unique("Viral "), SpreadRisk.MEDIA_VIRAL, ComplaintCategory.OTHER);
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("complaints/" + c.getId());
        assertThat(_get(Span.class, s -> s.withId("rca-state")).getText()).startsWith("Incomplete");
        for (String next : List.of("ACKNOWLEDGED", "IN_PROGRESS", "RESOLVED")) {
            _click(_get(Button.class, s -> s.withId("transition-" + next)));
        }
        Button close = _get(Button.class, s -> s.withId("transition-CLOSED"));
        assertThat(close.isEnabled()).isFalse();
        assertThat(close.getTooltip().getText()).startsWith("A major complaint can only be closed");
        assertThat(_get(Span.class, s -> s.withId("transition-CLOSED-reason")).getText()).startsWith("A major complaint can only be closed");
        assertThat(_get(Span.class, s -> s.withId("complaint-status")).getText()).isEqualTo("Resolved");
    }

    @Test
    void second_editor_is_told_who_saved_first_and_nothing_is_overwritten() {
        Complaint c = complaint(unique("Conflict "), SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("complaints/" + c.getId());
        _click(_get(Button.class, s -> s.withId("complaint-edit")));
        _setValue(_get(TextField.class, s -> s.withId("intake-subject")), "Mine");

        var me = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        String other = actAsNew(Role.MANAGER).getName();
        ComplaintForm theirs = ComplaintForm.of(service.get(c.getId()));
        theirs.setSubject("Theirs");
        intakeService.update(c.getId(), theirs);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(me);

        _click(_get(Button.class, s -> s.withId("intake-save")));
        ConfirmDialog conflict = _get(ConfirmDialog.class);
        assertThat(conflict.getElement().getProperty("message", "")).contains(other);
        assertThat(service.get(c.getId()).getSubject()).isEqualTo("Theirs");
        _click(_get(Button.class, s -> s.withId("conflict-reload")));
        assertThat(_get(com.vaadin.flow.component.html.H2.class, s -> s.withId("complaint-title")).getText()).endsWith("Theirs");
    }

    @Test
    void an_untiered_complaint_explains_itself_in_the_viewer_s_language() {
        Complaint c = complaint(unique("Plain "), SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        loginNew(Role.MANAGER);
        setLanguage(java.util.Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("complaints/" + c.getId());
        assertThat(_get(Span.class, s -> s.withId("complaint-tier-reason")).getText()).isEqualTo("未命中任何升级规则");
    }

    @Test
    void chinese_manager_sees_the_complaint_page_in_chinese() {
        Complaint c = complaint(unique("Viral "), SpreadRisk.MEDIA_VIRAL, ComplaintCategory.OTHER);
        loginNew(Role.MANAGER);
        setLanguage(java.util.Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("complaints/" + c.getId());
        assertThat(_get(Span.class, s -> s.withId("complaint-tier")).getText()).isEqualTo("重大");
        assertThat(_get(Span.class, s -> s.withId("complaint-tier-reason")).getText()).isEqualTo("媒体或网络扩散（“Viral”）");
        assertThat(_get(Span.class, s -> s.withId("complaint-status")).getText()).isEqualTo("新建");
        assertThat(_get(Button.class, s -> s.withId("transition-ACKNOWLEDGED")).getText()).isEqualTo("受理（已首次联系）");
        assertThat(_get(Span.class, s -> s.withId("rca-state")).getText()).startsWith("未完成");
    }

    @Test
    void vip_manager_cannot_open_a_complaint_of_someone_elses_customer() {
        Complaint c = complaint(unique("Other "), SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        loginNew(Role.VIP_MANAGER);
        UI.getCurrent().navigate("complaints/" + c.getId());
        assertThat(_find(Span.class, s -> s.withId("complaint-tier"))).isEmpty();
    }

    @Test
    void vip_manager_sees_their_customers_complaint_and_may_only_add_notes() {
        String manager = unique("vm");
        testStaff.ensure(manager, Role.VIP_MANAGER);
        long customer = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, false, testStaff.get(manager).getId());
        Complaint c = complaint(customer, unique("VIP complaint "), SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        login(manager, Role.VIP_MANAGER);
        UI.getCurrent().navigate("complaints/" + c.getId());
        assertThat(_get(Span.class, s -> s.withId("complaint-tier")).getText()).isEqualTo("Urgent");
        assertThat(staticText("fact-watchers")).isEqualTo("Test " + manager);
        assertThat(_find(Button.class, s -> s.withId("transition-ACKNOWLEDGED"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("note-add"))).hasSize(1);
    }

    @Test
    void executive_acknowledges_a_major_complaint_from_its_page() {
        Complaint c = complaint(unique("Fire "), SpreadRisk.PRIVATE, ComplaintCategory.PRODUCT_SAFETY);
        String exec = loginNew(Role.EXECUTIVE);
        UI.getCurrent().navigate("complaints/" + c.getId());
        assertThat(staticText("fact-exec-ack")).isEqualTo("Waiting for an executive");
        _click(_get(Button.class, s -> s.withId("complaint-exec-ack")));
        assertThat(staticText("fact-exec-ack")).startsWith("Test " + exec);
        assertThat(_find(Button.class, s -> s.withId("complaint-exec-ack"))).isEmpty();
    }
}
