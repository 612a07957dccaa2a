package org.sendplan.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendplan.account.AccountProvisioning;
import org.sendplan.account.CurrentUser;
import org.sendplan.account.PasswordConfirmation;
import org.sendplan.account.UserAccountService;
import org.sendplan.account.DepartmentRole;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.partnership.Partnership;
import org.sendplan.partnership.PartnershipRepository;
import org.sendplan.plan.Plan;
import org.sendplan.plan.PlanQueries;
import org.sendplan.plan.PlanRepository;
import org.sendplan.plan.PlanStatus;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.attachments.AttachmentContent;
import org.sendplan.plan.attachments.AttachmentService;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocumentImport;
import org.sendplan.plan.document.PlanDocumentParser;
import org.sendplan.signoff.SignOffService;
import org.sendplan.submission.SubmissionService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo partnerships, accounts and plans for trying the service. Loaded only in the {@code demo}
 * profile, which no production configuration activates. Safe to run on every start: it only adds
 * what is missing and never changes a password or a plan that already exists.
 *
 * <p>Eastmoor's plan is taken through the real workflow at start-up (content imported, files
 * uploaded, sent for sign-off, signed by its five leaders with their passwords, submitted), so
 * a newcomer can download a real submission pack.
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
    private final Workflow workflow;
    private final TransactionTemplate transactions;

    /** The services Eastmoor's plan goes through, exactly as the pages call them. */
    record Workflow(UserAccountService users, PasswordConfirmation passwords, PlanQueries planQueries,
            PlanDocumentParser parser, PlanDocumentImport documentImport, AttachmentService attachments,
            SignOffService signOff, SubmissionService submissions) {
    }

    DemoData(PartnershipRepository partnerships, PlanRepository plans, AccountProvisioning accounts,
            UserAccountService users, PasswordConfirmation passwords, PlanQueries planQueries,
            PlanDocumentParser parser, PlanDocumentImport documentImport, AttachmentService attachments,
            SignOffService signOff, SubmissionService submissions, TransactionTemplate transactions) {
        this.partnerships = partnerships;
        this.plans = plans;
        this.accounts = accounts;
        this.workflow = new Workflow(users, passwords, planQueries, parser, documentImport, attachments, signOff,
                submissions);
        this.transactions = transactions;
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
                                    SignatoryRole.LA_S151_OFFICER))),
            new DemoPartnership("EASTMOOR", "Eastmoor", "Eastmoor Metropolitan Borough Council",
                    "NHS Eastmoor and Dales ICB", "eastmoor.example", List.of(
                            new Person("sro", "Priya Shah", MembershipRole.SRO, null),
                            new Person("contributor", "Ben Walsh", MembershipRole.CONTRIBUTOR, null),
                            new Person("ceo", "Catherine Moss", MembershipRole.SIGNATORY,
                                    SignatoryRole.LA_CHIEF_EXECUTIVE),
                            new Person("icb-ceo", "Michael Adeyemi", MembershipRole.SIGNATORY,
                                    SignatoryRole.ICB_CHIEF_EXECUTIVE),
                            new Person("dcs", "Louise Grant", MembershipRole.SIGNATORY, SignatoryRole.LA_DCS),
                            new Person("place", "Robert Hale", MembershipRole.SIGNATORY, SignatoryRole.ICB_PLACE_DIRECTOR),
                            new Person("s151", "Fiona Doyle", MembershipRole.SIGNATORY,
                                    SignatoryRole.LA_S151_OFFICER))));

    static final String SUBMITTED_DEMO = "EASTMOOR";

    @Override
    public void run(ApplicationArguments args) {
        // Accounts are committed first: signing re-checks each password in a transaction of its own.
        transactions.executeWithoutResult(status -> ensureAccountsAndPlans());
        transactions.executeWithoutResult(status -> submitEastmoorIfNeeded());
        log.info("Demo data ready: sign in as sro@northshire.example with the demo password (see README)");
    }

    private void ensureAccountsAndPlans() {
        for (DemoPartnership demo : PARTNERSHIPS) {
            Partnership partnership = partnerships.findByCode(demo.code()).orElseGet(() -> partnerships
                    .save(new Partnership(demo.code(), demo.name(), demo.laName(), demo.icbName())));
            for (Person person : demo.people()) {
                long userId = accounts.ensureUser(person.localPart() + "@" + demo.domain(), person.name(), PASSWORD);
                accounts.ensureMembership(userId, partnership.getId(), person.role(), person.signatoryRole());
            }
            if (!plans.existsByPartnershipIdAndPlanYear(partnership.getId(), PLAN_YEAR)) {
                plans.save(new Plan(partnership.getId(), PLAN_YEAR, demo.laName(), demo.icbName()));
            }
        }
        long adviser = accounts.ensureUser("adviser@dfe.example", "Dana Fields", PASSWORD);
        accounts.ensureDepartmentMember(adviser, DepartmentRole.ADVISER);
        accounts.ensureAdviserAssignment(adviser, partnerships.findByCode("NORTHSHIRE").orElseThrow().getId());
        accounts.ensureAdviserAssignment(adviser, partnerships.findByCode(SUBMITTED_DEMO).orElseThrow().getId());
        long admin = accounts.ensureUser("admin@dfe.example", "Lee Robinson", PASSWORD);
        accounts.ensureDepartmentMember(admin, DepartmentRole.ADMIN);
    }

    /** Eastmoor's draft goes through authoring, sign-off and submission; a plan already past draft is left alone. */
    private void submitEastmoorIfNeeded() {
        DemoPartnership demo = PARTNERSHIPS.stream().filter(p -> p.code().equals(SUBMITTED_DEMO)).findFirst()
                .orElseThrow();
        CurrentUser sro = workflow.users().loadUserByUsername("sro@" + demo.domain());
        PlanSummary plan = workflow.planQueries().findAllVisible(sro.getId()).stream()
                .filter(p -> p.planYear().equals(PLAN_YEAR))
                .findFirst()
                .orElseThrow();
        if (plan.status() != PlanStatus.DRAFT) {
            return;
        }
        workflow.documentImport().replace(plan, eastmoorContent(demo), sro);
        for (AttachmentSlot slot : List.of(AttachmentSlot.Q4_MATURITY_ASSESSMENT, AttachmentSlot.Q13_DATA_RETURN)) {
            String filename = slot == AttachmentSlot.Q4_MATURITY_ASSESSMENT ? "eastmoor-maturity-assessment.xlsx"
                    : "eastmoor-data-return.xlsx";
            workflow.attachments().store(plan.id(), sro, slot,
                    AttachmentContent.check(filename, workbook(filename)), null);
        }
        workflow.signOff().requestSignOff(plan.id(), sro);
        for (Person person : demo.people()) {
            if (person.role() == MembershipRole.SIGNATORY) {
                CurrentUser signatory = workflow.users().loadUserByUsername(person.localPart() + "@" + demo.domain());
                if (workflow.passwords().confirm(signatory.getId(), PASSWORD) != PasswordConfirmation.Result.CONFIRMED) {
                    throw new IllegalStateException("The demo password of " + signatory.getEmail() + " was changed");
                }
                workflow.signOff().sign(plan.id(), signatory, "127.0.0.1");
            }
        }
        workflow.submissions().submit(plan.id(), sro);
        log.info("Demo data: Eastmoor's {} plan was signed and submitted; its pack is at /plans/{}/pack", PLAN_YEAR,
                plan.id());
    }

    /** The example complete plan, with Eastmoor's own bodies, SRO and signatories. */
    private PlanDocument eastmoorContent(DemoPartnership demo) {
        PlanDocument example;
        try {
            example = workflow.parser().parse(new ClassPathResource("demo/complete-plan.json").getContentAsByteArray());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Person sroPerson = demo.people().get(0);
        PlanDocument.Header header = new PlanDocument.Header(demo.laName(), demo.icbName(),
                new PlanDocument.Sro(sroPerson.name(), "Director of Education and Inclusion",
                        sroPerson.localPart() + "@" + demo.domain(), OrganisationType.LA));
        List<PlanDocument.Signatory> signatories = new ArrayList<>();
        for (Person person : demo.people()) {
            if (person.role() == MembershipRole.SIGNATORY) {
                signatories.add(new PlanDocument.Signatory(person.signatoryRole(), person.name(),
                        person.localPart() + "@" + demo.domain(), null));
            }
        }
        return example.withHeader(header, signatories);
    }

    /** A small real workbook, so the uploads pass the same content checks as a user's files. */
    private static byte[] workbook(String title) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Summary");
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.createRow(1).createCell(0).setCellValue("Eastmoor local area partnership, demo data");
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
