package org.sendplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendplan.account.AccountProvisioning;
import org.sendplan.account.PasswordConfirmation;
import org.sendplan.account.UserAccountService;
import org.sendplan.plan.PlanQueries;
import org.sendplan.plan.attachments.AttachmentService;
import org.sendplan.plan.document.PlanDocumentImport;
import org.sendplan.plan.document.PlanDocumentParser;
import org.sendplan.signoff.SignOffService;
import org.sendplan.submission.SubmissionService;
import org.springframework.transaction.support.TransactionTemplate;
import org.sendplan.partnership.PartnershipRepository;
import org.sendplan.plan.PlanRepository;
import org.sendplan.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class DemoDataIntegrationTests {

    @Autowired
    PartnershipRepository partnerships;

    @Autowired
    PlanRepository plans;

    @Autowired
    AccountProvisioning accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserAccountService users;

    @Autowired
    PasswordConfirmation passwords;

    @Autowired
    PlanQueries planQueries;

    @Autowired
    PlanDocumentParser parser;

    @Autowired
    PlanDocumentImport documentImport;

    @Autowired
    AttachmentService attachments;

    @Autowired
    SignOffService signOff;

    @Autowired
    SubmissionService submissions;

    @Autowired
    TransactionTemplate transactions;

    static final Map<String, String> EXPECTED_ROLES = Map.ofEntries(
            Map.entry("sro@northshire.example", "SRO:"),
            Map.entry("contributor@northshire.example", "CONTRIBUTOR:"),
            Map.entry("ceo@northshire.example", "SIGNATORY:LA_CHIEF_EXECUTIVE"),
            Map.entry("icb-ceo@northshire.example", "SIGNATORY:ICB_CHIEF_EXECUTIVE"),
            Map.entry("dcs@northshire.example", "SIGNATORY:LA_DCS"),
            Map.entry("place@northshire.example", "SIGNATORY:ICB_PLACE_DIRECTOR"),
            Map.entry("s151@northshire.example", "SIGNATORY:LA_S151_OFFICER"),
            Map.entry("sro@southvale.example", "SRO:"),
            Map.entry("contributor@southvale.example", "CONTRIBUTOR:"),
            Map.entry("ceo@southvale.example", "SIGNATORY:LA_CHIEF_EXECUTIVE"),
            Map.entry("icb-ceo@southvale.example", "SIGNATORY:ICB_CHIEF_EXECUTIVE"),
            Map.entry("dcs@southvale.example", "SIGNATORY:LA_DCS"),
            Map.entry("place@southvale.example", "SIGNATORY:ICB_PLACE_DIRECTOR"),
            Map.entry("s151@southvale.example", "SIGNATORY:LA_S151_OFFICER"),
            Map.entry("sro@eastmoor.example", "SRO:"),
            Map.entry("contributor@eastmoor.example", "CONTRIBUTOR:"),
            Map.entry("ceo@eastmoor.example", "SIGNATORY:LA_CHIEF_EXECUTIVE"),
            Map.entry("icb-ceo@eastmoor.example", "SIGNATORY:ICB_CHIEF_EXECUTIVE"),
            Map.entry("dcs@eastmoor.example", "SIGNATORY:LA_DCS"),
            Map.entry("place@eastmoor.example", "SIGNATORY:ICB_PLACE_DIRECTOR"),
            Map.entry("s151@eastmoor.example", "SIGNATORY:LA_S151_OFFICER"));

    @Test
    void createsExactlyTheDocumentedAccountsAndIsIdempotent() {
        DemoData demoData = new DemoData(partnerships, plans, accounts, users, passwords, planQueries, parser,
                documentImport, attachments, signOff, submissions, transactions);
        demoData.run(new DefaultApplicationArguments());
        List<String> hashesAfterFirstRun = demoHashes();
        String packAfterFirstRun = eastmoorPackHash();
        demoData.run(new DefaultApplicationArguments());

        assertThat(demoHashes()).isEqualTo(hashesAfterFirstRun).hasSize(23);
        assertThat(eastmoorPackHash()).isEqualTo(packAfterFirstRun).matches("[0-9a-f]{64}");
        assertThat(jdbc.sql("""
                select u.email, m.role || ':' || coalesce(m.signatory_role, '') as role, pa.code
                  from app_user u join membership m on m.user_id = u.id join partnership pa on pa.id = m.partnership_id
                 where u.email like '%.example'
                """).query((rs, n) -> rs.getString("email") + "=" + rs.getString("role") + "@" + rs.getString("code"))
                .list())
                .containsExactlyInAnyOrderElementsOf(EXPECTED_ROLES.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue() + "@"
                                + e.getKey().substring(e.getKey().indexOf('@') + 1).replace(".example", "")
                                        .toUpperCase(java.util.Locale.ROOT))
                        .toList());
        assertThat(jdbc.sql("select u.email || '=' || d.role from department_member d join app_user u on u.id = d.user_id"
                + " where u.email like '%@dfe.example'").query(String.class).list())
                .containsExactlyInAnyOrder("adviser@dfe.example=ADVISER", "admin@dfe.example=ADMIN");
        assertThat(jdbc.sql("""
                select pa.code from adviser_assignment a join app_user u on u.id = a.user_id
                  join partnership pa on pa.id = a.partnership_id where u.email = 'adviser@dfe.example'
                """).query(String.class).list()).containsExactlyInAnyOrder("NORTHSHIRE", "EASTMOOR");
        assertThat(jdbc.sql("""
                select pa.code || ' ' || p.plan_year || ' ' || p.status from plan p
                  join partnership pa on pa.id = p.partnership_id where pa.code in ('NORTHSHIRE', 'SOUTHVALE', 'EASTMOOR')
                """).query(String.class).list())
                .containsExactlyInAnyOrder("NORTHSHIRE 2026-27 DRAFT", "SOUTHVALE 2026-27 DRAFT",
                        "EASTMOOR 2026-27 SUBMITTED");
        assertThat(jdbc.sql("""
                select s.role from signature s join plan p on p.id = s.plan_id join partnership pa on pa.id = p.partnership_id
                 where pa.code = 'EASTMOOR' and s.voided_at is null and s.decision = 'SIGNED' and s.content_hash = p.content_hash
                """).query(String.class).list())
                .containsExactlyInAnyOrder("LA_CHIEF_EXECUTIVE", "ICB_CHIEF_EXECUTIVE", "LA_DCS", "ICB_PLACE_DIRECTOR",
                        "LA_S151_OFFICER");
        String hash = jdbc.sql("select password_hash from app_user where email = 'sro@northshire.example'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(DemoData.PASSWORD, hash)).isTrue();
    }

    private List<String> demoHashes() {
        return jdbc.sql("select email || ' ' || password_hash from app_user where email like '%@northshire.example'"
                + " or email like '%@southvale.example' or email like '%@eastmoor.example' or email like '%@dfe.example'"
                + " order by email")
                .query(String.class).list();
    }

    private String eastmoorPackHash() {
        return jdbc.sql("""
                select s.pack_sha256 from submission s join plan p on p.id = s.plan_id
                  join partnership pa on pa.id = p.partnership_id where pa.code = 'EASTMOOR'
                """).query(String.class).single();
    }
}
