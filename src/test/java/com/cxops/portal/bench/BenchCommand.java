package com.cxops.portal.bench;

import com.cxops.portal.sla.SlaSelfCheck;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The large-shop command (docs/performance.md): {@code ./mvnw -Pbench -Dbench.url=jdbc:mariadb://... -Dbench.user=...
 * -Dbench.password=... -Dbench.action=generate|run|all}. It starts the portal's Spring context against that database,
 * so Flyway creates or updates the schema first; "generate" then fills it (when customers exist it only writes the
 * SLA clocks of generated complaints that have none, and refuses when there are none to write, unless
 * -Dbench.wipe=true), "run" prints the benchmark table and writes it to target/bench-results.md
 * ({@code -Dbench.only=<part of a name>[,<part>...]} runs only the operations whose name contains one of them).
 * Tagged "bench": the normal build never runs it (and it is off without -Dbench.action).
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.action", matches = "generate|run|all")
@SpringBootTest(properties = {"portal.demo.enabled=false", "portal.scheduling.enabled=false", "logging.level.root=warn",
        "logging.level.com.cxops=info", "spring.datasource.hikari.maximum-pool-size=4"})
class BenchCommand {

    static final String PREFIX = "bench-";

    @Autowired
    ApplicationContext spring;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = System.getProperty("bench.url", "jdbc:mariadb://127.0.0.1:3306/cxops_bench");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> System.getProperty("bench.user", "cxops_test"));
        registry.add("spring.datasource.password", () -> System.getProperty("bench.password", ""));
        registry.add("spring.datasource.driver-class-name",
                () -> url.startsWith("jdbc:mysql:") ? "com.mysql.cj.jdbc.Driver" : "org.mariadb.jdbc.Driver");
    }

    @Test
    void bench() throws Exception {
        String action = System.getProperty("bench.action");
        if (action.equals("generate") || action.equals("all")) {
            generate();
            // the generator writes survey rows straight to the tables: recount the monthly rollups as a start would
            spring.getBean(com.cxops.portal.surveys.SurveyRollups.class).rebuild();
            // and its orders and layer history around the portal's writers: no stored customer figure holds
            spring.getBean(com.cxops.portal.customers.CustomerKpiStore.class).clear();
            // and its complaints and SLA clocks
            spring.getBean(com.cxops.portal.complaints.ComplaintKpiStore.class).clear();
        }
        if (action.equals("run") || action.equals("all")) {
            run();
        }
    }

    private void generate() throws Exception {
        long existing = ShopGenerator.existingCustomers(dataSource);
        if (existing > 0 && !Boolean.getBoolean("bench.wipe")) {
            // a shop generated before the SLA clocks existed (or an interrupted clock run): add only what is missing
            long missing = SlaClockGenerator.complaintsWithoutClocks(dataSource, PREFIX);
            // surveys and concierge tasks came after the shop generator: a shop without them gets them now
            SurveyGenerator.Counts surveys = new SurveyGenerator(dataSource, clock.instant(), PREFIX, 2026).generate();
            long conciergeTasks = new ConciergeGenerator(dataSource, scale(), clock.instant(), PREFIX, 2026).generate().tasks();
            if (missing == 0 && (surveys.answers() > 0 || conciergeTasks > 0)) {
                System.out.println("Added to the existing shop: surveys " + surveys + ", concierge tasks " + conciergeTasks);
                analyze();
                return;
            }
            if (missing == 0) {
                throw new IllegalStateException("The database already holds " + existing + " customers, and every generated "
                        + "complaint has its SLA clocks: nothing generated. Run the benchmark on it (-Dbench.action=run), or add "
                        + "-Dbench.wipe=true to delete all customers, orders and complaints and generate the large shop again.");
            }
            System.out.println("The database already holds " + existing + " customers; " + missing + " generated complaints "
                    + "have no SLA clocks: writing only those (and the complaints' SLA summary from them), nothing else ...");
            SlaClockGenerator.Result result = new SlaClockGenerator(dataSource, clock.instant(), PREFIX,
                    BenchSupport.slaReplay(spring)).generate();
            System.out.println("Written: " + result);
            analyze();
            slaDataCheck();
            return;
        }
        if (existing > 0) {
            System.out.println("Wiping " + existing + " customers with their orders, complaints and SLA clocks ...");
            ShopGenerator.wipe(dataSource);
        }
        Scale scale = scale();
        System.out.println("Generating " + scale + " ...");
        ShopGenerator.Counts counts = new ShopGenerator(dataSource, scale, clock.instant(), PREFIX, 2026,
                BenchSupport.slaReplay(spring)).generate();
        System.out.println("Written: " + counts);
        analyze();
        slaDataCheck();
        BenchSupport.firstLayerRun(new BenchContext(spring, PREFIX));
    }

    /**
     * The shop to generate: {@code -Dbench.scale=large} (the default, issue 6's shop) or {@code small} (a few hundred
     * complaints, written in seconds: enough for the rows whose figures do not depend on the shop's size, such as the
     * memory per push-connected browser session).
     */
    static Scale scale() {
        String scale = System.getProperty("bench.scale", "large").strip().toLowerCase(Locale.ROOT);
        return switch (scale) {
            case "large" -> Scale.LARGE;
            case "small" -> Scale.small();
            default -> throw new IllegalArgumentException("-Dbench.scale=" + scale + ": expected large or small");
        };
    }

    /** The SLA data check (administrators' self-check) over the generated shop: prints its result; zero differences expected. */
    private void slaDataCheck() {
        JdbcTemplate jdbc = spring.getBean(JdbcTemplate.class);
        Long first = jdbc.queryForObject("SELECT MIN(id) FROM complaint WHERE number LIKE ?", Long.class, PREFIX + "CX-%");
        Long last = jdbc.queryForObject("SELECT MAX(id) FROM complaint WHERE number LIKE ?", Long.class, PREFIX + "CX-%");
        if (first == null || last == null) {
            return;
        }
        long started = System.nanoTime();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("bench-admin", null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SlaSelfCheck.Report report;
        try {
            report = spring.getBean(SlaSelfCheck.class).checkComplaints(first, last, null);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        System.out.printf(Locale.ROOT, "SLA data check on the benchmark shop: %d complaints, %d targets, %d differences%s in %.1f s%n",
                report.complaints(), report.clocks(), report.differences().size(), report.truncated() ? " (or more)" : "",
                (System.nanoTime() - started) / 1e9);
        report.differences().stream().limit(20).forEach(d -> System.out.println("  " + d));
        if (!report.differences().isEmpty()) {
            throw new IllegalStateException("The SLA data check found differences on the generated shop");
        }
    }

    private void analyze() {
        long analyze = System.nanoTime();
        BenchSupport.analyze(spring.getBean(JdbcTemplate.class));
        System.out.printf(Locale.ROOT, "Statistics refreshed in %.1f s%n", (System.nanoTime() - analyze) / 1e9);
    }

    private void run() throws Exception {
        BenchContext ctx = new BenchContext(spring, PREFIX);
        // -Dbench.only="SLA monitor,SLA dashboard": the operations whose name contains one of the parts
        List<String> only = Arrays.stream(System.getProperty("bench.only", "").split(",")).map(String::strip).toList();
        Predicate<String> selected = name -> only.stream().anyMatch(name::contains);
        SessionMemory.Result memory = selected.test(SessionMemory.NAME)
                ? SessionMemory.measure(spring, ctx, Integer.getInteger("bench.sessions", 50)) : null;
        BrowserSessionMemory.Result browserMemory = selected.test(BrowserSessionMemory.NAME)
                ? browserMemory(ctx, Integer.getInteger("bench.browser-sessions", 30)) : null;
        List<BenchOperation> ops = BenchOperations.all(ctx).stream().filter(op -> selected.test(op.name())).toList();
        List<Benchmark.Row> rows;
        BenchUi.open(spring, ctx.agent);
        try {
            rows = new Benchmark(Integer.getInteger("bench.warmup", 20), Integer.getInteger("bench.runs", 100),
                    Integer.getInteger("bench.jobRuns", 3)).run(ops);
        } finally {
            BenchUi.close();
        }
        String table = Benchmark.table(rows, memory, browserMemory);
        String header = BenchSupport.machine(spring.getBean(JdbcTemplate.class)) + "\n" + SlaOperations.describe(ctx)
                + (browserMemory == null ? "" : "\n" + browserMemory.describe())
                + (selected.test(ReportOperations.EXPORT_1M) ? "\n" + ReportOperations.forkedExport(ctx) : "");
        System.out.println(header);
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-results.md"), header + "\n\n" + table);
        if (browserMemory != null && !browserMemory.nothingLeft()) {
            throw new AssertionError("Expired browser sessions left live objects on the server: " + browserMemory.describe());
        }
        List<String> differ = rows.stream().filter(r -> !r.sameResult()).map(r -> r.op().name()).toList();
        if (!differ.isEmpty()) {
            throw new AssertionError("The SQL floor returned other rows than the portal for: " + differ);
        }
    }

    /**
     * The browser sessions' memory on the portal in a forked JVM against this database (see {@link PortalFork}). The
     * benchmark's agent and manager get a password of this run for the login form; their stored password hashes are
     * put back afterwards.
     */
    private BrowserSessionMemory.Result browserMemory(BenchContext ctx, int sessions) throws Exception {
        JdbcTemplate jdbc = ctx.jdbc;
        List<String> people = List.of(ctx.agent.getName(), ctx.manager.getName());
        String password = "Bench-" + java.util.UUID.randomUUID();
        String hash = spring.getBean(org.springframework.security.crypto.password.PasswordEncoder.class).encode(password);
        java.util.Map<String, String> stored = new java.util.LinkedHashMap<>();
        people.forEach(p -> stored.put(p, jdbc.queryForObject("SELECT password_hash FROM staff_member WHERE username = ?", String.class, p)));
        java.util.Map<String, String> flyway = new java.util.TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("spring.flyway."))
                .forEach(k -> flyway.put(k, System.getProperty(k)));
        try {
            people.forEach(p -> jdbc.update("UPDATE staff_member SET password_hash = ? WHERE username = ?", hash, p));
            try (PortalFork portal = PortalFork.start(System.getProperty("bench.url", "jdbc:mariadb://127.0.0.1:3306/cxops_bench"),
                    System.getProperty("bench.user", "cxops_test"), System.getProperty("bench.password", ""), "1g", flyway)) {
                BrowserSessionMemory.Result result = new BrowserSessionMemory(portal.port, portal.jmx).measure(
                        people.stream().map(p -> new BrowserSessionMemory.Login(p, password)).toList(), sessions);
                System.out.println(result.describe());
                return result;
            }
        } finally {
            stored.forEach((p, h) -> jdbc.update("UPDATE staff_member SET password_hash = ? WHERE username = ?", h, p));
        }
    }
}
