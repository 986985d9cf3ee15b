package com.cxops.portal.complaints;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.tiering.RuleFamily;
import com.cxops.portal.complaints.tiering.TextNormalizer;
import com.cxops.portal.complaints.tiering.TierReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text tiering inside the service: counts from the text, upward-only re-tiering, learning from corrections. */
class TextTieringServiceTest extends ComplaintTestSupport {

    @Autowired
    TextTieringService textTiering;
    @Autowired
    TieringRuleService ruleService;

    private ComplaintForm textForm(long customer, String subject, String description) {
        ComplaintForm f = form(customer, subject);
        f.setCategory(ComplaintCategory.OTHER);
        f.setDescription(description);
        return f;
    }

    @Test
    void a_count_in_the_text_is_applied_and_marked_inferred_when_the_complaint_comes_by_api() {
        long customer = customer();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("api:shop", null,
                List.of(new SimpleGrantedAuthority("ROLE_INTEGRATION"))));
        Complaint c = intakeService.createFromApi(textForm(customer, unique("Batch "), "这一批货质量都有问题，几十个买家都在群里说了"), null, null).complaint();
        assertThat(c.getAffectedCount()).isEqualTo(20);
        assertThat(c.isAffectedInferred()).isTrue();
        assertThat(c.getTier()).isEqualTo(Tier.MAJOR);
        assertThat(TierReason.families(c.getTierReason())).contains(RuleFamily.MANY_AFFECTED);
        assertThat(c.getTierReason()).contains("inferred:20");
    }

    @Test
    void in_the_portal_the_count_is_only_suggested_until_the_agent_confirms_it() {
        long customer = customer();
        actAsNew(Role.AGENT);
        assertThat(textTiering.suggestAffected("Chargers", "Dozens of customers got the same fake charger"))
                .hasValueSatisfying(i -> assertThat(i.count()).isEqualTo(24));
        assertThat(textTiering.suggestAffected("Charger", "My charger is fake")).isEmpty();
        Complaint c = intake(textForm(customer, unique("Chargers "), "Dozens of customers got the same fake charger"));
        assertThat(c.getAffectedCount()).isEqualTo(1);
        assertThat(c.isAffectedInferred()).isFalse();
        assertThat(c.getTier()).isEqualTo(Tier.NORMAL);
        ComplaintForm confirmed = textForm(customer, unique("Chargers "), "Dozens of customers got the same fake charger");
        confirmed.setAffectedCount(24);
        assertThat(intake(confirmed).getTier()).isEqualTo(Tier.MAJOR);
    }

    @Test
    void re_tiering_after_an_edit_never_lowers_a_tier_the_text_gave() {
        long customer = customer();
        Complaint c = intake(textForm(customer, unique("Lawyer "), "My lawyer will contact you about the broken table"));
        assertThat(c.getTier()).isEqualTo(Tier.MAJOR);
        actAsNew(Role.MANAGER);
        ComplaintForm edit = textForm(customer, c.getSubject(), "The table is broken");
        edit.setVersion(c.getVersion());
        edit.setAffectedCount(2);
        Complaint edited = intakeService.update(c.getId(), edit);
        assertThat(edited.getTier()).isEqualTo(Tier.MAJOR);
    }

    @Test
    void manual_tier_changes_are_kept_and_proposed_as_exclusions_and_additions_and_one_click_adopts() {
        String word = "zq" + unique("").toLowerCase().replaceAll("[^a-z]", "x").substring(0, 6);
        actAsNew(Role.ADMIN);
        TieringRuleForm rf = new TieringRuleForm();
        rf.setName(unique("odour "));
        rf.setTier(Tier.MAJOR);
        rf.setFamily(RuleFamily.SAFETY);
        rf.setPhrasesEn(word);
        TieringRule rule = ruleService.create(rf);

        long customer = customer();
        for (String text : List.of("stale " + word + " from the box", "a stale " + word + " in the bag")) {
            Complaint c = intake(textForm(customer, unique("Smell "), text));
            assertThat(c.getTier()).isEqualTo(Tier.MAJOR);
            actAsNew(Role.MANAGER);
            workflow.changeTier(c.getId(), Tier.NORMAL, "only a smell, no danger", c.getVersion());
        }
        String raised = "yq" + unique("").toLowerCase().replaceAll("[^a-z]", "y").substring(0, 6);
        for (String text : List.of("the " + raised + " seller again", "this " + raised + " seller")) {
            Complaint c = intake(textForm(customer, unique("Seller "), text));
            actAsNew(Role.MANAGER);
            workflow.changeTier(c.getId(), Tier.MAJOR, "fraud risk", c.getVersion());
        }

        actAsNew(Role.ADMIN);
        assertThat(textTiering.recentCorrections(10)).extracting(TierCorrection::getWhy).contains("only a smell, no danger", "fraud risk");
        List<TextTieringService.Proposal> proposals = textTiering.proposals();
        TextTieringService.Proposal exclude = proposals.stream()
                .filter(p -> p.kind() == TextTieringService.ProposalKind.EXCLUDE && p.ruleId() == rule.getId()).findFirst().orElseThrow();
        assertThat(exclude.phrase()).isEqualTo("stale " + word);
        assertThat(exclude.count()).isEqualTo(2);
        assertThat(proposals).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(TextTieringService.ProposalKind.ADD);
            assertThat(p.phrase()).isEqualTo(raised);
            assertThat(p.tier()).isEqualTo(Tier.MAJOR);
        });

        textTiering.adopt(exclude);
        assertThat(textTiering.test("a stale " + word + " again").result().tier()).isEqualTo(Tier.NORMAL);
        assertThat(textTiering.test("the " + word + " is strong").result().tier()).isEqualTo(Tier.MAJOR);
        assertThat(textTiering.proposals()).noneMatch(p -> p.ruleId() == rule.getId() && p.phrase().equals(exclude.phrase()));
    }

    @Test
    void a_sample_text_over_its_limit_and_an_empty_or_too_long_phrase_to_adopt_are_refused_and_the_rule_is_unchanged() {
        actAsNew(Role.ADMIN);
        assertThatThrownBy(() -> textTiering.test("t".repeat(TextNormalizer.MAX_CHARS + 1))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.getFieldErrors()).containsExactly(java.util.Map.entry("text", InvalidInputException.TOO_LONG));
                    assertThat(e.arguments("text")).containsExactly(TextNormalizer.MAX_CHARS);
                });
        assertThat(textTiering.test("t".repeat(TextNormalizer.MAX_CHARS)).result()).isNotNull();
        TieringRuleForm rf = new TieringRuleForm();
        rf.setName(unique("limits "));
        rf.setTier(Tier.MAJOR);
        rf.setFamily(RuleFamily.SAFETY);
        rf.setPhrasesEn("zz" + unique("").toLowerCase().replaceAll("[^a-z]", "z"));
        TieringRule rule = ruleService.create(rf);
        TextTieringService.Proposal tooLong = new TextTieringService.Proposal(TextTieringService.ProposalKind.EXCLUDE,
                "p".repeat(TieringRule.PHRASE_MAX + 1), rule.getId(), rule.getName(), rule.getVersion(), rule.getTier(), 2, "");
        assertThatThrownBy(() -> textTiering.adopt(tooLong)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getFieldErrors()).containsExactly(java.util.Map.entry("phrase", InvalidInputException.TOO_LONG));
            assertThat(e.arguments("phrase")).containsExactly(TieringRule.PHRASE_MAX);
        });
        TextTieringService.Proposal empty = new TextTieringService.Proposal(TextTieringService.ProposalKind.EXCLUDE,
                " ", rule.getId(), rule.getName(), rule.getVersion(), rule.getTier(), 2, "");
        assertThatThrownBy(() -> textTiering.adopt(empty)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getFieldErrors()).containsEntry("phrase", "tiering.error.phrase"));
        assertThat(ruleService.list()).filteredOn(r -> r.getId().equals(rule.getId())).singleElement()
                .satisfies(r -> {
                    assertThat(r.getVersion()).isEqualTo(rule.getVersion());
                    assertThat(r.getExclusions()).isNullOrEmpty();
                });
    }
}
