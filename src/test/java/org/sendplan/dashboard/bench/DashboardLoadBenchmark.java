package org.sendplan.dashboard.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendplan.SendplanApplication;
import org.sendplan.account.AccountProvisioning;
import org.sendplan.account.DepartmentRole;
import org.sendplan.plan.PlanSection;
import org.sendplan.support.TestDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load on {@code /dashboard} for all 153 partnerships of England: starts the application on a
 * random port against its own throw-away database, seeds 153 partnerships each with a 2026-27
 * plan whose sections are partly completed, signs in as a Department admin and has
 * {@link #CLIENTS} clients request the dashboard (sorted by deadline) as fast as they can for
 * {@link #MEASURE}, after {@link #WARM_UP} of the same. Prints p50, p95, p99 and throughput.
 * Run with {@link #main}; it is not a test, so the build never runs it.
 */
public final class DashboardLoadBenchmark {

    static final int PARTNERSHIPS = 153;
    static final int CLIENTS = 8;
    static final Duration WARM_UP = Duration.ofSeconds(15);
    static final Duration MEASURE = Duration.ofSeconds(30);
    static final String PASSWORD = "bench-Password-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private DashboardLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestDatabase database = TestDatabase.get();
        // Command-line arguments outrank application.properties, so the run can only ever use its own database.
        String[] arguments = { "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(), "--server.port=0",
                "--server.servlet.session.cookie.secure=false", "--sendplan.mail.enabled=false",
                "--logging.level.root=WARN" };
        try (ConfigurableApplicationContext context = SpringApplication.run(SendplanApplication.class, arguments)) {
            seed(context);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://localhost:" + port;
            List<Client> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(signedIn(base));
            }
            run(clients, base, WARM_UP);
            List<Long> nanos = run(clients, base, MEASURE);
            Collections.sort(nanos);
            System.out.printf("dashboard, %d partnerships, %d clients, %d s: %d requests, %.1f requests/s%n",
                    PARTNERSHIPS, CLIENTS, MEASURE.toSeconds(), nanos.size(), nanos.size() / (double) MEASURE.toSeconds());
            System.out.printf("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", percentile(nanos, 50),
                    percentile(nanos, 95), percentile(nanos, 99), nanos.get(nanos.size() - 1) / 1e6);
        }
    }

    private static void seed(ConfigurableApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String name = jdbc.sql("select current_database()").query(String.class).single();
        if (!name.startsWith("sendplan_test_")) {
            throw new IllegalStateException("Refusing to seed " + name + ": the benchmark only writes to its own database");
        }
        AccountProvisioning accounts = context.getBean(AccountProvisioning.class);
        long admin = accounts.ensureUser("bench-admin@dfe.test", "Bench Admin", PASSWORD);
        accounts.ensureDepartmentMember(admin, DepartmentRole.ADMIN);
        for (int i = 1; i <= PARTNERSHIPS; i++) {
            long partnership = jdbc.sql("""
                    insert into partnership (code, name, la_name, icb_name) values (:code, :name, :la, :icb) returning id
                    """)
                    .param("code", "BENCH-" + i)
                    .param("name", "Area " + i)
                    .param("la", "Area " + i + " Council")
                    .param("icb", "NHS Area " + (i % 42) + " ICB")
                    .query(Long.class)
                    .single();
            long plan = jdbc.sql("""
                    insert into plan (partnership_id, plan_year, local_authority, integrated_care_board)
                    values (:partnership, '2026-27', :la, :icb) returning id
                    """)
                    .param("partnership", partnership)
                    .param("la", "Area " + i + " Council")
                    .param("icb", "NHS Area " + (i % 42) + " ICB")
                    .query(Long.class)
                    .single();
            for (PlanSection section : PlanSection.values()) {
                jdbc.sql("insert into plan_section (plan_id, section, status) values (:plan, :section, :status)")
                        .param("plan", plan)
                        .param("section", section.name())
                        .param("status", (section.ordinal() + i) % 3 == 0 ? "COMPLETED" : "IN_PROGRESS")
                        .update();
            }
        }
    }

    /** A signed-in client: its own connection pool and its session cookie. */
    private record Client(HttpClient http, String cookie) {
    }

    /** The session cookie a response sets, or the one we had (Java's CookieManager ignores cookies of "localhost"). */
    private static String sessionCookie(HttpResponse<?> response, String current) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("SENDPLAN_SESSION="))
                .map(header -> header.substring(0, header.indexOf(';')))
                .findFirst()
                .orElse(current);
    }

    private static Client signedIn(String base) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> signInPage = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(signInPage, null);
        Matcher csrf = CSRF.matcher(signInPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=bench-admin%40dfe.test&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + response.statusCode());
        }
        return new Client(client, sessionCookie(response, cookie));
    }

    /** Every client sends one request after another until the time is up; returns every latency. */
    private static List<Long> run(List<Client> clients, String base, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (Client client : clients) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/dashboard?sort=deadline"))
                        .header("Cookie", client.cookie()).build();
                results.add(pool.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        HttpResponse<String> response = client.http().send(request, HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - start);
                        if (response.statusCode() != 200 || !response.body().contains("153 partnerships")) {
                            throw new IllegalStateException("Unexpected dashboard: " + response.statusCode());
                        }
                    }
                    return latencies;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            return all;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / 1e6;
    }
}
