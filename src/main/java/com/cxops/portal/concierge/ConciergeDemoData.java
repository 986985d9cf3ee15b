package com.cxops.portal.concierge;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.customers.DemoVipBook;
import com.cxops.portal.tasks.NewTask;
import com.cxops.portal.tasks.TaskPriority;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.TaskSource;
import com.cxops.portal.tasks.TaskSourceType;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo concierge data for the embedded default (portal.demo.enabled), after customers, complaints and SLA demo data:
 * about 100 VIPs over the demo VIP managers "vip" and "vip2" (topping up the customers' demo VIPs with gold and
 * diamond members marked VIP), birthdays soon and one on 29 February, open, overdue and done tasks of every type,
 * rights used, contacts, and "vip2" away this week with "vip" as deputy. It runs the real services, so every row has
 * its timeline and audit entry.
 */
@Component
class ConciergeDemoData {

    static final int VIPS = 100;
    private static final Logger log = LoggerFactory.getLogger(ConciergeDemoData.class);
    private static final String[] TYPES = {TaskType.SERVICE_REQUEST, TaskType.CO_CREATION, TaskType.REWARD,
            TaskType.COMPLAINT_FOLLOW_UP, TaskType.SURVEY_FOLLOW_UP, TaskType.WIN_BACK, TaskType.WELCOME, TaskType.OCCASION};

    private final boolean enabled;
    private final JdbcTemplate jdbc;
    private final DemoVipBook demoVips;
    private final CustomerFacts customers;
    private final StaffDirectory staff;
    private final TaskService tasks;
    private final TaskWorkflowService workflow;
    private final OccasionJob occasions;
    private final RightsService rights;
    private final ContactService contacts;
    private final AbsenceService absences;
    private final ShopSettings shop;
    private final Clock clock;

    ConciergeDemoData(@Value("${portal.demo.enabled:false}") boolean enabled, JdbcTemplate jdbc, DemoVipBook demoVips,
                      CustomerFacts customers, StaffDirectory staff, TaskService tasks, TaskWorkflowService workflow, OccasionJob occasions,
                      RightsService rights, ContactService contacts, AbsenceService absences, ShopSettings shop, Clock clock) {
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.demoVips = demoVips;
        this.customers = customers;
        this.staff = staff;
        this.tasks = tasks;
        this.workflow = workflow;
        this.occasions = occasions;
        this.rights = rights;
        this.contacts = contacts;
        this.absences = absences;
        this.shop = shop;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    public void load() {
        Long done = jdbc.queryForObject("SELECT COUNT(*) FROM concierge_absence", Long.class);
        if (!enabled || done == null || done > 0) {
            return;
        }
        generate("vip", "vip2", VIPS);
    }

    /** The demo data for these two VIP managers (the second is away with the first as deputy), topping up to the target. */
    void generate(String first, String second, int targetVips) {
        Long vip = staff.find(first).map(StaffDirectory.StaffContact::id).orElse(null);
        Long vip2 = staff.find(second).map(StaffDirectory.StaffContact::id).orElse(null);
        if (vip == null || vip2 == null) {
            return;
        }
        try {
            List<Long> book = demoVips.topUp(vip, vip2, targetVips);
            if (book == null || book.isEmpty()) {
                return;
            }
            occasions.runNow();
            tasksAndContacts(book, vip, first, second);
            as(second, Role.VIP_MANAGER);
            LocalDate today = clock.instant().atZone(shop.zone()).toLocalDate();
            absences.record(new AbsenceForm(null, vip, today, today.plusDays(4), "Annual leave"));
            log.info("Demo concierge data loaded: {} VIPs over {} and {}", book.size(), first, second);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void tasksAndContacts(List<Long> book, long vip, String first, String second) {
        Instant now = clock.instant();
        Random r = new Random(7L);
        List<TaskRow> toFinish = new ArrayList<>();
        for (int i = 0; i < book.size(); i++) {
            long customer = book.get(i);
            long owner = managerOf(customer);
            String type = TYPES[i % TYPES.length];
            // overdue, due today, next days; every seventh waits in the pool
            Instant due = switch (i % 4) {
                case 0 -> now.minus(Duration.ofHours(3 + r.nextInt(40)));
                case 1 -> now.plus(Duration.ofHours(1 + r.nextInt(5)));
                default -> now.plus(Duration.ofDays(1 + r.nextInt(12)));
            };
            // the source names the customer: another book's demo tasks (a second set of demo managers) are other tasks
            TaskRow t = workflow.createFromSource(new NewTask(type, customer,
                    new TaskSource(TaskSourceType.CUSTOMER, "demo:" + customer + ":" + i, "customers/" + customer),
                    i % 7 == 0 ? null : owner, null, due, i % 9 == 0 ? TaskPriority.HIGH : TaskPriority.NORMAL,
                    "@concierge.demo." + type + "|" + name(customer), null)).task();
            if (i % 3 == 0 && t.ownerId() != null) {
                toFinish.add(t);
            }
        }
        for (TaskRow t : toFinish) {
            as(t.ownerId() == vip ? first : second, Role.VIP_MANAGER);
            String outcome = tasks.type(t.typeCode()).orElseThrow().getOutcomes().get(0).getCode();
            workflow.complete(t.id(), t.version(), outcome, null);
        }
        // rights used this year: lounge visits and an authentication delivered
        for (int i = 1; i < Math.min(book.size(), 30); i += 3) {
            long customer = book.get(i);
            as(managerOf(customer) == vip ? first : second, Role.VIP_MANAGER);
            List<RightUsage> usage = rights.usage(customer);
            for (RightUsage right : usage) {
                if (right.allowance() == 0 || right.left() == 0) {
                    continue;
                }
                TaskRow request = rights.request(new RightRequestForm(customer, right.rightId(), now.plus(Duration.ofDays(2)), null));
                if (!"PRIVATE_EVENT".equals(right.code())) {
                    workflow.complete(request.id(), request.version(), TaskType.OUTCOME_DELIVERED, null);
                }
            }
        }
        // contacts: half the book recently, some long ago (they need attention), the rest never
        ContactChannel[] channels = {ContactChannel.CALL, ContactChannel.CHAT, ContactChannel.VISIT, ContactChannel.GIFT, ContactChannel.EVENT};
        for (int i = 0; i < book.size(); i++) {
            if (i % 4 == 3) {
                continue;
            }
            as(managerOf(book.get(i)) == vip ? first : second, Role.VIP_MANAGER);
            long daysAgo = i % 4 == 2 ? 70 + r.nextInt(100) : 1 + r.nextInt(40);
            contacts.log(new ContactForm(book.get(i), channels[i % channels.length], now.minus(Duration.ofDays(daysAgo)), null));
        }
    }

    private long managerOf(long customerId) {
        return customers.find(customerId).orElseThrow().accountManagerId();
    }

    private String name(long customerId) {
        return customers.find(customerId).orElseThrow().name();
    }

    private static void as(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }
}
