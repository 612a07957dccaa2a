package org.sendplan.support;

import java.util.Locale;
import java.util.UUID;

import org.sendplan.account.AccountProvisioning;
import org.sendplan.account.DepartmentRole;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.partnership.Partnership;
import org.sendplan.partnership.PartnershipRepository;
import org.sendplan.plan.Plan;
import org.sendplan.plan.PlanRepository;
import org.springframework.boot.test.context.TestComponent;

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

    Fixtures(PartnershipRepository partnerships, PlanRepository plans, AccountProvisioning accounts) {
        this.partnerships = partnerships;
        this.plans = plans;
        this.accounts = accounts;
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
