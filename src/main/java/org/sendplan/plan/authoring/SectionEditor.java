package org.sendplan.plan.authoring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanContentChanged;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.SectionCompletionCheck;
import org.sendplan.plan.SectionCompletionCheck.Problem;
import org.sendplan.plan.SectionStatus;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.plan.document.PlanDocumentWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saves one section of a plan without lost updates. Every save names the section version it was
 * based on; the section row is locked, and if someone else saved it in the meantime nothing is
 * written and the caller gets their version back to show beside the user's own. A save that asks
 * to mark the section completed keeps the content and refuses the status while the section still
 * has blocking findings.
 */
@Service
class SectionEditor {

    private final JdbcClient jdbc;
    private final PlanDocumentReader reader;
    private final PlanDocumentWriter writer;
    private final SectionCompletionCheck completionCheck;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    SectionEditor(JdbcClient jdbc, PlanDocumentReader reader, PlanDocumentWriter writer,
            SectionCompletionCheck completion, ApplicationEventPublisher events, JsonMapper json) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.writer = writer;
        this.completionCheck = completion;
        this.events = events;
        this.json = json;
    }

    /** A section's saved state; version 0 and not started until its first save. */
    record SectionState(long version, SectionStatus status, Instant updatedAt, String updatedBy) {

        static final SectionState NEW = new SectionState(0, SectionStatus.NOT_STARTED, null, null);

        private static final java.time.format.DateTimeFormatter UK_TIME = java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy 'at' h:mma", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));

        /** When it was last saved, in UK time as GOV.UK writes it (e.g. 5 June 2026 at 2:15pm). */
        public String updatedAtText() {
            return updatedAt == null ? "" : UK_TIME.format(updatedAt).replace("AM", "am").replace("PM", "pm");
        }
    }

    sealed interface Outcome {
    }

    /** Saved; {@code problems} lists what stopped it being marked completed, if that was asked. */
    record Saved(long version, SectionStatus status, List<Problem> problems) implements Outcome {
    }

    /** Not saved: someone else saved the section after the user's version. */
    record Conflict(SectionState current, PlanDocument theirs) implements Outcome {
    }

    @Transactional(readOnly = true)
    public SectionState state(long planId, PlanSection section) {
        return jdbc.sql("""
                select s.version, s.status, s.updated_at, u.display_name
                  from plan_section s left join app_user u on u.id = s.updated_by
                 where s.plan_id = :planId and s.section = :section
                """)
                .param("planId", planId)
                .param("section", section.name())
                .query((rs, n) -> new SectionState(rs.getLong("version"), SectionStatus.valueOf(rs.getString("status")),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("display_name")))
                .optional()
                .orElse(SectionState.NEW);
    }

    /** What the save says about completion. */
    enum Completion {
        /** The user answered that the section is complete. */
        MARK_COMPLETED,
        /** The user answered that they will come back to it. */
        MARK_IN_PROGRESS,
        /** A background save: a completed section stays completed while it still passes its checks. */
        KEEP
    }

    /**
     * @param plan an editable plan (checked by {@code PlanAccess.editable})
     * @param basedOnVersion the section version the user's form was loaded with
     * @param completion what the user said about completion
     * @param change the user's edit applied to the current document
     */
    @Transactional
    public Outcome save(PlanSummary plan, CurrentUser user, PlanSection section, long basedOnVersion,
            Completion completion, UnaryOperator<PlanDocument> change) {
        jdbc.sql("""
                insert into plan_section (plan_id, section, status, version) values (:planId, :section, 'NOT_STARTED', 0)
                on conflict (plan_id, section) do nothing
                """)
                .param("planId", plan.id())
                .param("section", section.name())
                .update();
        record Locked(long version, SectionStatus status) {
        }
        Locked current = jdbc.sql("select version, status from plan_section where plan_id = :planId and section = :section for update")
                .param("planId", plan.id())
                .param("section", section.name())
                .query((rs, n) -> new Locked(rs.getLong("version"), SectionStatus.valueOf(rs.getString("status"))))
                .single();
        PlanDocument before = reader.read(plan.id());
        if (current.version() != basedOnVersion) {
            return new Conflict(state(plan.id(), section), before);
        }
        PlanDocument after = change.apply(before);
        writer.replace(plan.id(), after, user.getId());
        boolean wantsCompleted = completion == Completion.MARK_COMPLETED
                || (completion == Completion.KEEP && current.status() == SectionStatus.COMPLETED);
        List<Problem> problems = wantsCompleted ? completionCheck.blockingProblems(section, after) : List.of();
        SectionStatus status = wantsCompleted && problems.isEmpty() ? SectionStatus.COMPLETED : SectionStatus.IN_PROGRESS;
        long version = jdbc.sql("""
                update plan_section set version = version + 1, status = :status, updated_by = :userId, updated_at = now()
                 where plan_id = :planId and section = :section
                returning version
                """)
                .param("status", status.name())
                .param("userId", user.getId())
                .param("planId", plan.id())
                .param("section", section.name())
                .query(Long.class)
                .single();
        events.publishEvent(new PlanContentChanged(plan.id(), plan.partnershipId(), user.getId(), user.getEmail(),
                section, json.writeValueAsString(SectionParts.extract(section, before)),
                json.writeValueAsString(SectionParts.extract(section, after))));
        return new Saved(version, status, completion == Completion.MARK_COMPLETED ? problems : List.of());
    }
}
