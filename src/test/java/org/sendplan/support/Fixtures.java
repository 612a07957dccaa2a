package org.sendplan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.sendplan.account.AccountProvisioning;
import org.sendplan.account.DepartmentRole;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.partnership.Partnership;
import org.sendplan.partnership.PartnershipRepository;
import org.sendplan.plan.Plan;
import org.sendplan.plan.PlanRepository;
import org.sendplan.plan.attachments.SampleFiles;
import org.sendplan.plan.document.PlanDocumentParsers;
import org.sendplan.plan.document.PlanDocumentWriter;
import org.sendplan.signoff.ContentHash;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds partnerships, users and plans in code. Every call makes fresh, uniquely named data, so
 * tests share no mutable state and can run in any order against the same database.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "test-Password-2026";

    private final PartnershipRepository partnerships;
    private final PlanRepository plans;
    private final AccountProvisioning accounts;
    private final PlanDocumentWriter writer;
    private final JdbcClient jdbc;

    Fixtures(PartnershipRepository partnerships, PlanRepository plans, AccountProvisioning accounts,
            PlanDocumentWriter writer, JdbcClient jdbc) {
        this.partnerships = partnerships;
        this.plans = plans;
        this.accounts = accounts;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    /** A partnership whose draft passes every blocking rule, with a signatory account for each required role. */
    public record ReadyTenant(Tenant tenant, Map<SignatoryRole, String> signatories) {

        public long planId() {
            return tenant.planId();
        }

        public String sroEmail() {
            return tenant.sroEmail();
        }
    }

    public ReadyTenant readyForSignOff(String name) {
        Tenant tenant = tenant(name);
        try {
            writer.replace(tenant.planId(), PlanDocumentParsers.standalone()
                    .parse(new ClassPathResource("plans/complete-plan.json").getContentAsByteArray()), tenant.sroId());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        attach(tenant, "Q4_MATURITY_ASSESSMENT", "maturity-assessment.xlsx");
        attach(tenant, "Q13_DATA_RETURN", "data-return.xlsx");
        Map<SignatoryRole, String> signatories = new EnumMap<>(SignatoryRole.class);
        for (SignatoryRole role : SignatoryRole.values()) {
            if (role.isRequired()) {
                signatories.put(role, member(tenant, MembershipRole.SIGNATORY, role));
            }
        }
        return new ReadyTenant(tenant, signatories);
    }

    private void attach(Tenant tenant, String slot, String filename) {
        byte[] content = SampleFiles.xlsx();
        jdbc.sql("""
                insert into attachment (plan_id, slot, filename, content_type, size_bytes, sha256, content)
                values (:planId, :slot, :filename,
                        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', :size, :sha256, :content)
                """)
                .param("planId", tenant.planId())
                .param("slot", slot)
                .param("filename", filename)
                .param("size", content.length)
                .param("sha256", ContentHash.sha256(content))
                .param("content", content)
                .update();
    }

    /** A partnership with an SRO and a 2026-27 draft plan. */
    public record Tenant(Partnership partnership, Plan plan, String sroEmail, long sroId) {

        public long planId() {
            return plan.getId();
        }
    }

    public Tenant tenant(String name) {
        String suffix = unique();
        Partnership partnership = partnerships.save(new Partnership(("T-" + suffix).toUpperCase(Locale.ROOT),
                name + " " + suffix, name + " Council", "NHS " + name + " ICB"));
        String sroEmail = "sro-" + suffix + "@" + name.toLowerCase(Locale.ROOT) + ".test";
        long sroId = accounts.ensureUser(sroEmail, name + " SRO", PASSWORD);
        accounts.ensureMembership(sroId, partnership.getId(), MembershipRole.SRO, null);
        Plan plan = plans.save(new Plan(partnership.getId(), "2026-27", partnership.getLaName(),
                partnership.getIcbName()));
        return new Tenant(partnership, plan, sroEmail, sroId);
    }

    public String member(Tenant tenant, MembershipRole role, SignatoryRole signatoryRole) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + unique() + "@member.test";
        long id = accounts.ensureUser(email, "Member " + role, PASSWORD);
        accounts.ensureMembership(id, tenant.partnership().getId(), role, signatoryRole);
        return email;
    }

    public String adviser(Tenant... assigned) {
        String email = "adviser-" + unique() + "@dfe.test";
        long id = accounts.ensureUser(email, "Adviser", PASSWORD);
        accounts.ensureDepartmentMember(id, DepartmentRole.ADVISER);
        for (Tenant tenant : assigned) {
            accounts.ensureAdviserAssignment(id, tenant.partnership().getId());
        }
        return email;
    }

    public String admin() {
        String email = "admin-" + unique() + "@dfe.test";
        long id = accounts.ensureUser(email, "Admin", PASSWORD);
        accounts.ensureDepartmentMember(id, DepartmentRole.ADMIN);
        return email;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
