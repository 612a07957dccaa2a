package org.sendplan.plan;

import org.sendplan.account.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a plan, decided in the database on every request: anyone in the plan's
 * scope may read it (others get 404); only the partnership's SRO and contributors may change it
 * (others in scope get 403); and only while it is a draft or in review.
 */
@Service
@Transactional(readOnly = true)
public class PlanAccess {

    private final PlanQueries plans;
    private final JdbcClient jdbc;

    PlanAccess(PlanQueries plans, JdbcClient jdbc) {
        this.plans = plans;
        this.jdbc = jdbc;
    }

    /** The plan, if the user may read it; 404 otherwise. */
    public PlanSummary readable(long planId, CurrentUser user) {
        return plans.getVisible(planId, user.getId());
    }

    /** The plan, if the user may read it; empty otherwise. */
    public java.util.Optional<PlanSummary> findReadable(long planId, CurrentUser user) {
        return plans.findVisible(planId, user.getId());
    }

    /** Whether the user is one of the plan's editors (SRO or contributor of its partnership). */
    public boolean isEditor(PlanSummary plan, CurrentUser user) {
        return jdbc.sql("""
                select exists (select 1 from membership where user_id = :userId and partnership_id = :partnershipId
                                  and role in ('SRO', 'CONTRIBUTOR'))
                """)
                .param("userId", user.getId())
                .param("partnershipId", plan.partnershipId())
                .query(Boolean.class)
                .single();
    }

    /** Whether the user is the SRO of the plan's partnership. */
    public boolean isSro(PlanSummary plan, CurrentUser user) {
        return jdbc.sql("""
                select exists (select 1 from membership where user_id = :userId and partnership_id = :partnershipId
                                  and role = 'SRO')
                """)
                .param("userId", user.getId())
                .param("partnershipId", plan.partnershipId())
                .query(Boolean.class)
                .single();
    }

    /**
     * Whether the user reviews the plan for the Department: an adviser assigned to its partnership,
     * or a Department admin. Looked up now, so a removed assignment takes effect at once.
     */
    public boolean isDepartmentReviewer(PlanSummary plan, CurrentUser user) {
        return jdbc.sql("""
                select exists (select 1 from adviser_assignment where user_id = :userId and partnership_id = :partnershipId)
                    or exists (select 1 from department_member where user_id = :userId and role = 'ADMIN')
                """)
                .param("userId", user.getId())
                .param("partnershipId", plan.partnershipId())
                .query(Boolean.class)
                .single();
    }

    /**
     * The plan, if the user may change its content now: 404 outside scope, 403 for readers who are
     * not editors (Department advisers among them), {@link PlanNotEditableException} (409) once it
     * is frozen for sign-off, signed or submitted.
     */
    public PlanSummary editable(long planId, CurrentUser user) {
        PlanSummary plan = readable(planId, user);
        if (!isEditor(plan, user)) {
            throw new AccessDeniedException("Only the SRO and contributors may change this plan");
        }
        if (!plan.status().isEditable()) {
            throw new PlanNotEditableException(plan);
        }
        return plan;
    }
}
