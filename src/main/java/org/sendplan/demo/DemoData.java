package org.sendplan.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendplan.account.AccountProvisioning;
import org.sendplan.account.DepartmentRole;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.partnership.Partnership;
import org.sendplan.partnership.PartnershipRepository;
import org.sendplan.plan.Plan;
import org.sendplan.plan.PlanRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo partnerships, accounts and plans for trying the service. Loaded only in the {@code demo}
 * profile, which no production configuration activates. Safe to run on every start: it only adds
 * what is missing and never changes a password or a plan that already exists.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-Password-2026";
    static final String PLAN_YEAR = "2026-27";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PartnershipRepository partnerships;
    private final PlanRepository plans;
    private final AccountProvisioning accounts;

    DemoData(PartnershipRepository partnerships, PlanRepository plans, AccountProvisioning accounts) {
        this.partnerships = partnerships;
        this.plans = plans;
        this.accounts = accounts;
    }

    record Person(String localPart, String name, MembershipRole role, SignatoryRole signatoryRole) {
    }

    record DemoPartnership(String code, String name, String laName, String icbName, String domain,
            List<Person> people) {
    }

    static final List<DemoPartnership> PARTNERSHIPS = List.of(
            new DemoPartnership("NORTHSHIRE", "Northshire", "Northshire County Council", "NHS Northshire ICB",
                    "northshire.example", List.of(
                            new Person("sro", "Alex Morgan", MembershipRole.SRO, null),
                            new Person("contributor", "Jamie Clarke", MembershipRole.CONTRIBUTOR, null),
                            new Person("ceo", "Helen Barker", MembershipRole.SIGNATORY, SignatoryRole.LA_CHIEF_EXECUTIVE),
                            new Person("icb-ceo", "David Okafor", MembershipRole.SIGNATORY,
                                    SignatoryRole.ICB_CHIEF_EXECUTIVE),
                            new Person("dcs", "Ruth Evans", MembershipRole.SIGNATORY, SignatoryRole.LA_DCS),
                            new Person("place", "Tom Wright", MembershipRole.SIGNATORY, SignatoryRole.ICB_PLACE_DIRECTOR),
                            new Person("s151", "Sarah Bennett", MembershipRole.SIGNATORY,
                                    SignatoryRole.LA_S151_OFFICER))),
            new DemoPartnership("SOUTHVALE", "Southvale", "Southvale Borough Council", "NHS Southvale and Riverside ICB",
                    "southvale.example", List.of(
                            new Person("sro", "Sam Patel", MembershipRole.SRO, null),
                            new Person("contributor", "Chris Hughes", MembershipRole.CONTRIBUTOR, null),
                            new Person("ceo", "Margaret Lee", MembershipRole.SIGNATORY, SignatoryRole.LA_CHIEF_EXECUTIVE),
                            new Person("icb-ceo", "Ian Foster", MembershipRole.SIGNATORY,
                                    SignatoryRole.ICB_CHIEF_EXECUTIVE),
                            new Person("dcs", "Nadia Rahman", MembershipRole.SIGNATORY, SignatoryRole.LA_DCS),
                            new Person("place", "Owen Price", MembershipRole.SIGNATORY, SignatoryRole.ICB_PLACE_DIRECTOR),
                            new Person("s151", "Grace Turner", MembershipRole.SIGNATORY,
                                    SignatoryRole.LA_S151_OFFICER))));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (DemoPartnership demo : PARTNERSHIPS) {
            Partnership partnership = partnerships.findByCode(demo.code()).orElseGet(() -> partnerships
                    .save(new Partnership(demo.code(), demo.name(), demo.laName(), demo.icbName())));
            for (Person person : demo.people()) {
                long userId = accounts.ensureUser(person.localPart() + "@" + demo.domain(), person.name(), PASSWORD);
                accounts.ensureMembership(userId, partnership.getId(), person.role(), person.signatoryRole());
            }
            if (plans.findByPartnershipIdAndPlanYear(partnership.getId(), PLAN_YEAR).isEmpty()) {
                plans.save(new Plan(partnership.getId(), PLAN_YEAR, demo.laName(), demo.icbName()));
            }
        }
        long adviser = accounts.ensureUser("adviser@dfe.example", "Dana Fields", PASSWORD);
        accounts.ensureDepartmentMember(adviser, DepartmentRole.ADVISER);
        accounts.ensureAdviserAssignment(adviser, partnerships.findByCode("NORTHSHIRE").orElseThrow().getId());
        long admin = accounts.ensureUser("admin@dfe.example", "Lee Robinson", PASSWORD);
        accounts.ensureDepartmentMember(admin, DepartmentRole.ADMIN);
        log.info("Demo data ready: sign in as sro@northshire.example with the demo password (see README)");
    }
}
