package org.sendplan.plan.document;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.sendplan.plan.Money;
import org.sendplan.plan.PlanNotFoundException;
import org.sendplan.plan.PlanStatus;
import org.sendplan.plan.document.PlanDocument.BaselineSpend;
import org.sendplan.plan.document.PlanDocument.BlueprintRow;
import org.sendplan.plan.document.PlanDocument.CoreRequirement;
import org.sendplan.plan.document.PlanDocument.GovernanceMember;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;
import org.sendplan.plan.document.PlanDocument.Header;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.PlanDocument.RoadmapRow;
import org.sendplan.plan.document.PlanDocument.Signatory;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.PlanDocument.SuccessMeasure;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces a draft plan's content with a document, all or nothing: the header, the EAH
 * allocation and every content table. Attachments, status and section progress are left alone.
 * Rows are stored with their index in the document as {@code position}. It does not check who
 * may write: callers scope the id and check the user's role first.
 */
@Component
public class PlanDocumentWriter {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;

    PlanDocumentWriter(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * @return the plan's new version
     * @throws PlanNotFoundException when no plan has this id
     * @throws PlanNotDraftException when the plan is neither a draft nor in review
     * @throws PlanDocumentInvalidException when the document is for another plan year
     */
    @Transactional
    public long replace(long planId, PlanDocument document, long actorUserId) {
        record Locked(long partnershipId, String planYear, PlanStatus status) {
        }
        // Row lock: a concurrent replace or status change waits, so the draft check holds until commit.
        Locked plan = jdbc.sql("select partnership_id, plan_year, status from plan where id = :planId for update")
                .param("planId", planId)
                .query((rs, n) -> new Locked(rs.getLong("partnership_id"), rs.getString("plan_year"),
                        PlanStatus.valueOf(rs.getString("status"))))
                .optional()
                .orElseThrow(() -> new PlanNotFoundException(planId));
        if (!plan.status().isEditable()) {
            throw new PlanNotDraftException(planId, plan.status());
        }
        if (!plan.planYear().equals(document.planYear())) {
            throw new PlanDocumentInvalidException(List.of(new DocumentError("$.planYear",
                    "must be \"" + plan.planYear() + "\", the year of this plan")));
        }

        Header header = document.header();
        long version = jdbc.sql("""
                update plan
                   set local_authority = :localAuthority, integrated_care_board = :integratedCareBoard,
                       sro_name = :sroName, sro_job_title = :sroJobTitle, sro_email = :sroEmail,
                       sro_organisation_type = :sroOrganisationType, eah_allocation = :eahAllocation,
                       version = version + 1, updated_at = now()
                 where id = :planId
                returning version
                """)
                .paramSource(new Params()
                        .number("planId", planId)
                        .text("localAuthority", header.localAuthority())
                        .text("integratedCareBoard", header.integratedCareBoard())
                        .text("sroName", header.sro().name())
                        .text("sroJobTitle", header.sro().jobTitle())
                        .text("sroEmail", header.sro().email())
                        .name("sroOrganisationType", header.sro().organisationType())
                        .money("eahAllocation", document.funding().eahAllocation()))
                .query(Long.class)
                .single();

        for (String table : List.of("plan_signatory", "plan_narrative", "blueprint_row", "success_measure",
                "roadmap_row", "workstream", "spend_line", "baseline_spend", "risk", "governance_row",
                "core_requirement")) {
            // Members go with their governance rows (on delete cascade).
            jdbc.sql("delete from " + table + " where plan_id = :planId").param("planId", planId).update();
        }

        insertAll(planId, """
                insert into plan_signatory (plan_id, position, role, name, email, job_title)
                values (:planId, :position, :role, :name, :email, :jobTitle)
                """, document.signatories(), (Signatory row, Params params) -> params
                .name("role", row.role())
                .text("name", row.name())
                .text("email", row.email())
                .text("jobTitle", row.jobTitle()));

        insertAll(planId, """
                insert into plan_narrative (plan_id, key, text) values (:planId, :key, :text)
                """, List.copyOf(document.narratives().entrySet()), (entry, params) -> params
                .name("key", entry.getKey())
                .text("text", entry.getValue()));

        insertAll(planId, """
                insert into blueprint_row (plan_id, position, kind, building_block, name, where_we_are,
                                           where_we_will_be)
                values (:planId, :position, :kind, :buildingBlock, :name, :whereWeAre, :whereWeWillBe)
                """, document.blueprint().rows(), (BlueprintRow row, Params params) -> params
                .name("kind", row.kind())
                .name("buildingBlock", row.buildingBlock())
                .text("name", row.name())
                .text("whereWeAre", row.whereWeAre())
                .text("whereWeWillBe", row.whereWeWillBe()));

        insertAll(planId, """
                insert into success_measure (plan_id, position, measure, baseline, target)
                values (:planId, :position, :measure, :baseline, :target)
                """, document.blueprint().successMeasures(), (SuccessMeasure row, Params params) -> params
                .text("measure", row.measure())
                .text("baseline", row.baseline())
                .text("target", row.target()));

        insertAll(planId, """
                insert into roadmap_row (plan_id, position, kind, building_block, name, y2026_27, y2027_28, y2028_29)
                values (:planId, :position, :kind, :buildingBlock, :name, :y1, :y2, :y3)
                """, document.roadmap(), (RoadmapRow row, Params params) -> params
                .name("kind", row.kind())
                .name("buildingBlock", row.buildingBlock())
                .text("name", row.name())
                .text("y1", row.y2026_27())
                .text("y2", row.y2027_28())
                .text("y3", row.y2028_29()));

        insertAll(planId, """
                insert into workstream (plan_id, position, name, building_block, outcome, success_measure, lead,
                                        q2_milestone, q2_trajectory, q3_milestone, q3_trajectory,
                                        q4_milestone, q4_trajectory)
                values (:planId, :position, :name, :buildingBlock, :outcome, :successMeasure, :lead,
                        :q2Milestone, :q2Trajectory, :q3Milestone, :q3Trajectory, :q4Milestone, :q4Trajectory)
                """, document.deliveryPlan(), (Workstream row, Params params) -> params
                .text("name", row.name())
                .name("buildingBlock", row.buildingBlock())
                .text("outcome", row.outcome())
                .text("successMeasure", row.successMeasure())
                .text("lead", row.lead())
                .text("q2Milestone", row.quarters().q2().milestone())
                .text("q2Trajectory", row.quarters().q2().trajectory())
                .text("q3Milestone", row.quarters().q3().milestone())
                .text("q3Trajectory", row.quarters().q3().trajectory())
                .text("q4Milestone", row.quarters().q4().milestone())
                .text("q4Trajectory", row.quarters().q4().trajectory()));

        insertAll(planId, """
                insert into spend_line (plan_id, position, category, description, funding_source, eah_class,
                                        discipline, q2, q3, q4)
                values (:planId, :position, :category, :description, :fundingSource, :eahClass, :discipline,
                        :q2, :q3, :q4)
                """, document.funding().spend(), (SpendLine row, Params params) -> params
                .name("category", row.category())
                .text("description", row.description())
                .name("fundingSource", row.fundingSource())
                .name("eahClass", row.eahClass())
                .name("discipline", row.discipline())
                .money("q2", row.q2())
                .money("q3", row.q3())
                .money("q4", row.q4()));

        insertAll(planId, """
                insert into baseline_spend (plan_id, position, service, previous_year, plan_year)
                values (:planId, :position, :service, :previousYear, :planYear)
                """, document.funding().baselineServiceSpend(), (BaselineSpend row, Params params) -> params
                .text("service", row.service())
                .money("previousYear", row.previousYear())
                .money("planYear", row.planYear()));

        insertAll(planId, """
                insert into risk (plan_id, position, description, impact, likelihood, rag, rag_override_reason,
                                  mitigation, residual_rag)
                values (:planId, :position, :description, :impact, :likelihood, :rag, :ragOverrideReason,
                        :mitigation, :residualRag)
                """, document.risks(), (Risk row, Params params) -> params
                .text("description", row.description())
                .name("impact", row.impact())
                .name("likelihood", row.likelihood())
                .name("rag", row.rag())
                .text("ragOverrideReason", row.ragOverrideReason())
                .text("mitigation", row.mitigation())
                .name("residualRag", row.residualRag()));

        insertGovernance(planId, document.governance());

        insertAll(planId, """
                insert into core_requirement (plan_id, requirement_id, sections, evidence)
                values (:planId, :requirementId, cast(string_to_array(:sections, ',') as varchar(20)[]), :evidence)
                """, document.coreRequirements().stream().filter(CoreRequirement::hasContent).toList(),
                (CoreRequirement row, Params params) -> params
                        .text("requirementId", row.id().code())
                        .text("sections", row.sections().stream().map(Enum::name).collect(Collectors.joining(",")))
                        .text("evidence", row.evidence()));

        return version;
    }

    /** Rows in one batch, then their generated ids in position order, then all members in one batch. */
    private void insertGovernance(long planId, List<GovernanceRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        insertAll(planId, """
                insert into governance_row (plan_id, position, mechanism, kind, purpose, cadence, decision_rights,
                                            escalation_route, includes_sro)
                values (:planId, :position, :mechanism, :kind, :purpose, :cadence, :decisionRights,
                        :escalationRoute, :includesSro)
                """, rows, (GovernanceRow row, Params params) -> params
                .text("mechanism", row.mechanism())
                .name("kind", row.kind())
                .text("purpose", row.purpose())
                .text("cadence", row.cadence())
                .text("decisionRights", row.decisionRights())
                .text("escalationRoute", row.escalationRoute())
                .bool("includesSro", row.includesSro()));
        List<Long> ids = jdbc.sql("select id from governance_row where plan_id = :planId order by position")
                .param("planId", planId)
                .query(Long.class)
                .list();
        List<SqlParameterSource> members = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<GovernanceMember> rowMembers = rows.get(i).members();
            for (int position = 0; position < rowMembers.size(); position++) {
                GovernanceMember member = rowMembers.get(position);
                members.add(new Params()
                        .number("rowId", ids.get(i))
                        .number("position", position)
                        .text("name", member.name())
                        .name("organisationType", member.organisationType())
                        .bool("chair", member.chair()));
            }
        }
        if (!members.isEmpty()) {
            batch.batchUpdate("""
                    insert into governance_member (governance_row_id, position, name, organisation_type, chair)
                    values (:rowId, :position, :name, :organisationType, :chair)
                    """, members.toArray(SqlParameterSource[]::new));
        }
    }

    private <T> void insertAll(long planId, String sql, List<T> rows, BiFunction<T, Params, Params> values) {
        if (rows.isEmpty()) {
            return;
        }
        SqlParameterSource[] parameters = new SqlParameterSource[rows.size()];
        for (int position = 0; position < rows.size(); position++) {
            parameters[position] = values.apply(rows.get(position),
                    new Params().number("planId", planId).number("position", position));
        }
        batch.batchUpdate(sql, parameters);
    }

    /** Parameters with explicit SQL types, so nulls need no type lookup on the server. */
    private static final class Params extends MapSqlParameterSource {

        Params text(String name, String value) {
            addValue(name, value, Types.VARCHAR);
            return this;
        }

        Params name(String name, Enum<?> value) {
            return text(name, value == null ? null : value.name());
        }

        Params money(String name, Money value) {
            addValue(name, value == null ? null : value.amount(), Types.NUMERIC);
            return this;
        }

        Params number(String name, long value) {
            addValue(name, value, Types.BIGINT);
            return this;
        }

        Params bool(String name, boolean value) {
            addValue(name, value, Types.BOOLEAN);
            return this;
        }
    }
}
