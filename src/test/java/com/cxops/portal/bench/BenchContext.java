package com.cxops.portal.bench;

import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.ComplaintService;
import com.cxops.portal.customers.CustomerService;
import com.cxops.portal.customers.LayerRecomputation;
import com.cxops.portal.sla.SlaMonitor;
import com.cxops.portal.sla.SlaReportService;
import net.javacrumbs.shedlock.core.LockProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What the operations need: the portal's beans, a JDBC template for the SQL floors, the people the generator made
 * (an agent in a team, a manager) and samples of records for the page operations, spread over the whole shop.
 */
public final class BenchContext {

    private static final int SAMPLE = 200;

    final ApplicationContext spring;
    /** The generated shop's prefix of usernames, complaint numbers and customer ids. */
    final String prefix;
    final JdbcTemplate jdbc;
    final ComplaintService complaints;
    final CustomerService customers;
    final LayerRecomputation layers;
    final SlaMonitor slaMonitor;
    final SlaReportService slaReports;
    final SettingsService settings;
    final LockProvider locks;
    final Clock clock;
    final Authentication agent;
    final Authentication manager;
    final long agentId;
    final List<Long> agentTeams;
    /** Complaints the agent may read (their teams' and the unrouted ones), customers, search texts. */
    final List<Long> complaintSample;
    final List<Long> customerSample;
    final List<String> searches;
    /** How many targets the "SLA monitor tick with work" operations plant (the small shop has fewer to move). */
    int[] slaWorkTargets = {100, 1_000};
    /** What the SLA monitor's first tick in the benchmark found to escalate (set by that operation). */
    SlaOperations.CatchUp slaCatchUp;

    BenchContext(ApplicationContext spring, String prefix) {
        this.spring = spring;
        this.prefix = prefix;
        this.jdbc = spring.getBean(JdbcTemplate.class);
        this.complaints = spring.getBean(ComplaintService.class);
        this.customers = spring.getBean(CustomerService.class);
        this.layers = spring.getBean(LayerRecomputation.class);
        this.slaMonitor = spring.getBean(SlaMonitor.class);
        this.slaReports = spring.getBean(SlaReportService.class);
        this.settings = spring.getBean(SettingsService.class);
        this.locks = spring.getBean(LockProvider.class);
        this.clock = spring.getBean(Clock.class);
        String agentName = prefix + "agent1";
        this.agent = auth(agentName, "AGENT");
        this.manager = auth(prefix + "manager", "MANAGER");
        this.agentId = jdbc.queryForObject("SELECT id FROM staff_member WHERE username = ?", Long.class, agentName);
        this.agentTeams = jdbc.queryForList("SELECT team_id FROM team_member WHERE staff_id = ? ORDER BY team_id", Long.class, agentId);
        long complaintCount = jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE number LIKE ?", Long.class, prefix + "CX-%");
        this.complaintSample = jdbc.queryForList("SELECT id FROM complaint WHERE number LIKE ? AND MOD(id, ?) = 0 AND "
                        + "(team_id IS NULL OR team_id IN (" + inList(agentTeams) + ")) ORDER BY id LIMIT " + SAMPLE, Long.class,
                prefix + "CX-%", Math.max(1, complaintCount / (SAMPLE * 4)));
        long customerCount = jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE external_id LIKE ?", Long.class, prefix + "C%");
        this.customerSample = jdbc.queryForList("SELECT id FROM customer WHERE external_id LIKE ? AND MOD(id, ?) = 0 ORDER BY id LIMIT "
                + SAMPLE, Long.class, prefix + "C%", Math.max(1, customerCount / SAMPLE));
        // what agents type: a surname, a full name, the start of an e-mail, a phone number, a shop customer id
        Long someone = customerSample.get(customerSample.size() / 2);
        String name = jdbc.queryForObject("SELECT name FROM customer WHERE id = ?", String.class, someone);
        String phone = jdbc.queryForObject("SELECT phone FROM customer WHERE id = ?", String.class, someone);
        this.searches = List.of("Zhang", name.substring(0, name.lastIndexOf(' ')), "wang.wei", phone, prefix + "C" + someone, "Smith M");
    }

    static String inList(List<Long> ids) {
        return ids.isEmpty() ? "NULL" : String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static Authentication auth(String username, String role) {
        return new UsernamePasswordAuthenticationToken(username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    /** Runs the call as this person (the services check roles and record-level access). */
    static <T> T as(Authentication who, Callable<T> call) throws Exception {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            return call.call();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    <T> T pick(List<T> sample, int run) {
        return sample.get(Math.floorMod(run * 7919, sample.size()));
    }
}
