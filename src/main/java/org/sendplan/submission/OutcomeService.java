package org.sendplan.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.sendplan.account.CurrentUser;
import org.sendplan.account.DepartmentRole;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanStatus;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.plan.document.PlanDocumentWriter;
import org.sendplan.signoff.SignOffStateException;
import org.sendplan.submission.OutcomeEvents.CopyKind;
import org.sendplan.submission.OutcomeEvents.PlanCopied;
import org.sendplan.submission.OutcomeEvents.PlanOutcomeRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After submission: the Department records whether the plan is approved; after "not approved"
 * the SRO starts a revision (a new draft of the same year, copied from the submitted content, to
 * be validated and signed by all five again); after "approved" the SRO starts next year's plan
 * from it. The submitted plan is never changed: its content, signatures and pack stay as they were.
 */
@Service
public class OutcomeService {

    private final PlanAccess access;
    private final PlanDocumentReader reader;
    private final PlanDocumentWriter writer;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutcomeService(PlanAccess access, PlanDocumentReader reader, PlanDocumentWriter writer, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.reader = reader;
        this.writer = writer;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A recorded decision. */
    public record RecordedOutcome(Outcome outcome, String reasons, Instant recordedAt, String recordedBy) {
    }

    /** Plans copied from this one, and the one it was copied from. */
    public record Lineage(Optional<Long> revisionPlanId, Optional<Long> nextYearPlanId, Optional<Long> copiedFromPlanId) {
    }

    @Transactional(readOnly = true)
    public Optional<RecordedOutcome> outcome(long planId) {
        return jdbc.sql("""
                select o.outcome, o.reasons, o.recorded_at, u.display_name
                  from plan_outcome o join app_user u on u.id = o.recorded_by where o.plan_id = :planId
                """)
                .param("planId", planId)
                .query((rs, n) -> new RecordedOutcome(Outcome.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)))
                .optional();
    }

    /** Records the Department's decision. Service administrators only; the plan must be submitted. */
    @Transactional
    public void record(long planId, CurrentUser user, Outcome outcome, String reasons) {
        PlanSummary plan = access.readable(planId, user);
        if (user.getDepartmentRole() != DepartmentRole.ADMIN) {
            throw new AccessDeniedException("Only service administrators record outcomes");
        }
        if (reasons == null || reasons.isBlank()) {
            throw new IllegalArgumentException("An outcome needs its reasons");
        }
        if (lockStatus(planId) != PlanStatus.SUBMITTED) {
            throw new SignOffStateException(planId, "outcome.error.notSubmitted", "Plan " + planId + " is not submitted");
        }
        jdbc.sql("""
                insert into plan_outcome (plan_id, outcome, reasons, recorded_at, recorded_by)
                values (:planId, :outcome, :reasons, :now, :userId)
                """)
                .param("planId", planId)
                .param("outcome", outcome.name())
                .param("reasons", reasons.strip())
                .param("now", now())
                .param("userId", user.getId())
                .update();
        jdbc.sql("update plan set status = :status, updated_at = :now where id = :planId")
                .param("status", outcome.name())
                .param("now", now())
                .param("planId", planId)
                .update();
        events.publishEvent(new PlanOutcomeRecorded(planId, plan.partnershipId(), user.getId(), user.getEmail(),
                outcome, reasons.strip()));
    }

    /** A new draft of the same year from a plan that was not approved. SRO only. */
    @Transactional
    public long startRevision(long planId, CurrentUser user) {
        PlanSummary plan = requireSro(planId, user);
        if (lockStatus(planId) != PlanStatus.NOT_APPROVED) {
            throw new SignOffStateException(planId, "outcome.error.notNotApproved", "Plan " + planId + " is not rejected");
        }
        if (lineage(planId).revisionPlanId().isPresent()) {
            throw new SignOffStateException(planId, "outcome.error.revisionExists", "Plan " + planId + " has a revision");
        }
        int revision = plan.revision() + 1;
        return copy(plan, user, plan.planYear(), revision, CopyKind.REVISION);
    }

    /** Next year's plan from an approved one. SRO only; the Department must have opened that year. */
    @Transactional
    public long startNextYear(long planId, CurrentUser user) {
        PlanSummary plan = requireSro(planId, user);
        if (lockStatus(planId) != PlanStatus.APPROVED) {
            throw new SignOffStateException(planId, "outcome.error.notApproved", "Plan " + planId + " is not approved");
        }
        String nextYear = nextYear(plan.planYear());
        boolean yearOpen = jdbc.sql("select exists (select 1 from plan_year where code = :code)")
                .param("code", nextYear)
                .query(Boolean.class)
                .single();
        if (!yearOpen) {
            throw new SignOffStateException(planId, "outcome.error.yearNotOpen", "Plan year " + nextYear + " does not exist");
        }
        boolean exists = jdbc.sql("""
                select exists (select 1 from plan where partnership_id = :partnershipId and plan_year = :year)
                """)
                .param("partnershipId", plan.partnershipId())
                .param("year", nextYear)
                .query(Boolean.class)
                .single();
        if (exists) {
            throw new SignOffStateException(planId, "outcome.error.nextYearExists", "Plan year " + nextYear + " exists");
        }
        return copy(plan, user, nextYear, 1, CopyKind.NEXT_YEAR);
    }

    /** The revision of this plan, next year's plan started from it, and the plan it was copied from. */
    @Transactional(readOnly = true)
    public Lineage lineage(long planId) {
        record Row(Long copiedFrom, Long revisionPlanId, Long nextYearPlanId) {
        }
        Row row = jdbc.sql("""
                select p.copied_from_plan_id,
                       (select c.id from plan c where c.copied_from_plan_id = p.id and c.plan_year = p.plan_year),
                       (select c.id from plan c where c.copied_from_plan_id = p.id and c.plan_year <> p.plan_year)
                  from plan p where p.id = :planId
                """)
                .param("planId", planId)
                .query((rs, n) -> new Row(rs.getObject(1, Long.class), rs.getObject(2, Long.class),
                        rs.getObject(3, Long.class)))
                .single();
        return new Lineage(Optional.ofNullable(row.revisionPlanId()), Optional.ofNullable(row.nextYearPlanId()),
                Optional.ofNullable(row.copiedFrom()));
    }

    /** "2026-27" is followed by "2027-28". */
    static String nextYear(String planYear) {
        int start = Integer.parseInt(planYear.substring(0, 4)) + 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private long copy(PlanSummary from, CurrentUser user, String year, int revision, CopyKind kind) {
        long newPlanId = jdbc.sql("""
                insert into plan (partnership_id, plan_year, revision, copied_from_plan_id, status, local_authority,
                                  integrated_care_board)
                values (:partnershipId, :year, :revision, :fromPlanId, 'DRAFT', :la, :icb)
                returning id
                """)
                .param("partnershipId", from.partnershipId())
                .param("year", year)
                .param("revision", revision)
                .param("fromPlanId", from.id())
                .param("la", from.laName())
                .param("icb", from.icbName())
                .query(Long.class)
                .single();
        PlanDocument source = reader.read(from.id());
        writer.replace(newPlanId, new PlanDocument(source.format(), year, source.header(), source.signatories(),
                source.narratives(), source.blueprint(), source.roadmap(), source.deliveryPlan(), source.funding(),
                source.risks(), source.governance(), source.coreRequirements(), source.attachments()), user.getId());
        jdbc.sql("""
                insert into attachment (plan_id, slot, filename, content_type, size_bytes, sha256, content, uploaded_at,
                                        uploaded_by)
                select :newPlanId, slot, filename, content_type, size_bytes, sha256, content, uploaded_at, uploaded_by
                  from attachment where plan_id = :fromPlanId order by id
                """)
                .param("newPlanId", newPlanId)
                .param("fromPlanId", from.id())
                .update();
        // A copy is a new draft: every section is reopened, so the partnership checks each one again.
        jdbc.sql("""
                insert into plan_section (plan_id, section, status, version, updated_at, updated_by)
                select :newPlanId, section, 'IN_PROGRESS', 0, :now, :userId from plan_section where plan_id = :fromPlanId
                """)
                .param("newPlanId", newPlanId)
                .param("fromPlanId", from.id())
                .param("now", now())
                .param("userId", user.getId())
                .update();
        events.publishEvent(new PlanCopied(from.id(), newPlanId, from.partnershipId(), user.getId(), user.getEmail(),
                year, revision, kind));
        return newPlanId;
    }

    private PlanSummary requireSro(long planId, CurrentUser user) {
        PlanSummary plan = access.readable(planId, user);
        if (!access.isSro(plan, user)) {
            throw new AccessDeniedException("Only the SRO starts a new draft");
        }
        return plan;
    }

    private PlanStatus lockStatus(long planId) {
        return jdbc.sql("select status from plan where id = :planId for update")
                .param("planId", planId)
                .query((rs, n) -> PlanStatus.valueOf(rs.getString(1)))
                .single();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
