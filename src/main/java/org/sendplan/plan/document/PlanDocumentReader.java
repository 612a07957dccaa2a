package org.sendplan.plan.document;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.Money;
import org.sendplan.plan.PlanNotFoundException;
import org.sendplan.plan.document.PlanDocument.Attachment;
import org.sendplan.plan.document.PlanDocument.BaselineSpend;
import org.sendplan.plan.document.PlanDocument.Blueprint;
import org.sendplan.plan.document.PlanDocument.BlueprintRow;
import org.sendplan.plan.document.PlanDocument.CoreRequirement;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.plan.document.PlanDocument.GovernanceMember;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;
import org.sendplan.plan.document.PlanDocument.Header;
import org.sendplan.plan.document.PlanDocument.Quarter;
import org.sendplan.plan.document.PlanDocument.Quarters;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.PlanDocument.RoadmapRow;
import org.sendplan.plan.document.PlanDocument.Signatory;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.PlanDocument.Sro;
import org.sendplan.plan.document.PlanDocument.SuccessMeasure;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one plan's whole {@code sendplan/v1} document: one statement per table, whatever the
 * plan's size (governance members of every row come in one query). It does not check who may
 * see the plan: callers scope the id first, e.g. with {@code PlanQueries.getVisible}.
 *
 * <p>Repeatable read gives all statements one snapshot, so a concurrent save can never produce
 * a document that mixes two versions (the document is what gets hashed for sign-off).
 */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class PlanDocumentReader {

    private final JdbcClient jdbc;

    PlanDocumentReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws PlanNotFoundException when no plan has this id */
    public PlanDocument read(long planId) {
        record PlanRow(String planYear, Header header, Money eahAllocation) {
        }
        PlanRow plan = jdbc.sql("""
                select plan_year, local_authority, integrated_care_board, sro_name, sro_job_title, sro_email,
                       sro_organisation_type, eah_allocation
                  from plan where id = :planId
                """)
                .param("planId", planId)
                .query((rs, n) -> new PlanRow(rs.getString("plan_year"),
                        new Header(rs.getString("local_authority"), rs.getString("integrated_care_board"),
                                new Sro(rs.getString("sro_name"), rs.getString("sro_job_title"),
                                        rs.getString("sro_email"),
                                        enumOf(OrganisationType.class, rs.getString("sro_organisation_type")))),
                        money(rs, "eah_allocation")))
                .optional()
                .orElseThrow(() -> new PlanNotFoundException(planId));

        List<Signatory> signatories = rows(planId, """
                select role, name, email, job_title from plan_signatory where plan_id = :planId order by position, id
                """, rs -> new Signatory(SignatoryRole.valueOf(rs.getString("role")), rs.getString("name"),
                rs.getString("email"), rs.getString("job_title")));

        Map<NarrativeKey, String> narratives = new EnumMap<>(NarrativeKey.class);
        rows(planId, "select key, text from plan_narrative where plan_id = :planId",
                rs -> Map.entry(NarrativeKey.valueOf(rs.getString("key")), rs.getString("text")))
                .forEach(entry -> narratives.put(entry.getKey(), entry.getValue()));

        List<BlueprintRow> blueprintRows = rows(planId, """
                select kind, building_block, name, where_we_are, where_we_will_be
                  from blueprint_row where plan_id = :planId order by position, id
                """, rs -> new BlueprintRow(RowKind.valueOf(rs.getString("kind")),
                enumOf(BuildingBlock.class, rs.getString("building_block")), rs.getString("name"),
                rs.getString("where_we_are"), rs.getString("where_we_will_be")));

        List<SuccessMeasure> successMeasures = rows(planId, """
                select measure, baseline, target from success_measure where plan_id = :planId order by position, id
                """, rs -> new SuccessMeasure(rs.getString("measure"), rs.getString("baseline"),
                rs.getString("target")));

        List<RoadmapRow> roadmap = rows(planId, """
                select kind, building_block, name, y2026_27, y2027_28, y2028_29
                  from roadmap_row where plan_id = :planId order by position, id
                """, rs -> new RoadmapRow(RowKind.valueOf(rs.getString("kind")),
                enumOf(BuildingBlock.class, rs.getString("building_block")), rs.getString("name"),
                rs.getString("y2026_27"), rs.getString("y2027_28"), rs.getString("y2028_29")));

        List<Workstream> deliveryPlan = rows(planId, """
                select name, building_block, outcome, success_measure, lead, q2_milestone, q2_trajectory,
                       q3_milestone, q3_trajectory, q4_milestone, q4_trajectory
                  from workstream where plan_id = :planId order by position, id
                """, rs -> new Workstream(rs.getString("name"),
                enumOf(BuildingBlock.class, rs.getString("building_block")), rs.getString("outcome"),
                rs.getString("success_measure"), rs.getString("lead"),
                new Quarters(new Quarter(rs.getString("q2_milestone"), rs.getString("q2_trajectory")),
                        new Quarter(rs.getString("q3_milestone"), rs.getString("q3_trajectory")),
                        new Quarter(rs.getString("q4_milestone"), rs.getString("q4_trajectory")))));

        List<SpendLine> spend = rows(planId, """
                select category, description, funding_source, eah_class, discipline, q2, q3, q4
                  from spend_line where plan_id = :planId order by position, id
                """, rs -> new SpendLine(enumOf(SpendCategory.class, rs.getString("category")),
                rs.getString("description"), enumOf(FundingSource.class, rs.getString("funding_source")),
                enumOf(EahClass.class, rs.getString("eah_class")), enumOf(Discipline.class, rs.getString("discipline")),
                money(rs, "q2"), money(rs, "q3"), money(rs, "q4")));

        List<BaselineSpend> baseline = rows(planId, """
                select service, previous_year, plan_year from baseline_spend where plan_id = :planId
                 order by position, id
                """, rs -> new BaselineSpend(rs.getString("service"), money(rs, "previous_year"),
                money(rs, "plan_year")));

        List<Risk> risks = rows(planId, """
                select description, impact, likelihood, rag, rag_override_reason, mitigation, residual_rag
                  from risk where plan_id = :planId order by position, id
                """, rs -> new Risk(rs.getString("description"), enumOf(Impact.class, rs.getString("impact")),
                enumOf(Likelihood.class, rs.getString("likelihood")), enumOf(Rag.class, rs.getString("rag")),
                rs.getString("rag_override_reason"), rs.getString("mitigation"),
                enumOf(Rag.class, rs.getString("residual_rag"))));

        Map<Long, List<GovernanceMember>> membersByRow = new HashMap<>();
        jdbc.sql("""
                select m.governance_row_id, m.name, m.organisation_type, m.chair
                  from governance_member m join governance_row g on g.id = m.governance_row_id
                 where g.plan_id = :planId
                 order by m.governance_row_id, m.position, m.id
                """)
                .param("planId", planId)
                .query((rs, n) -> Map.entry(rs.getLong("governance_row_id"),
                        new GovernanceMember(rs.getString("name"),
                                enumOf(OrganisationType.class, rs.getString("organisation_type")),
                                rs.getBoolean("chair"))))
                .list()
                .forEach(entry -> membersByRow.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                        .add(entry.getValue()));
        List<GovernanceRow> governance = rows(planId, """
                select id, mechanism, kind, purpose, cadence, decision_rights, escalation_route, includes_sro
                  from governance_row where plan_id = :planId order by position, id
                """, rs -> new GovernanceRow(rs.getString("mechanism"),
                enumOf(GovernanceKind.class, rs.getString("kind")), rs.getString("purpose"),
                membersByRow.getOrDefault(rs.getLong("id"), List.of()), rs.getString("cadence"),
                rs.getString("decision_rights"), rs.getString("escalation_route"), rs.getBoolean("includes_sro")));

        List<CoreRequirement> coreRequirements = rows(planId, """
                select requirement_id, sections, evidence from core_requirement where plan_id = :planId
                """, rs -> {
                    String code = rs.getString("requirement_id");
                    CoreRequirementId id = CoreRequirementId.fromCode(code).orElseThrow(
                            () -> new IllegalStateException("Unknown core requirement " + code + " in plan " + planId));
                    return new CoreRequirement(id, sections(rs.getArray("sections")), rs.getString("evidence"));
                });

        List<Attachment> attachments = new ArrayList<>(rows(planId, """
                select slot, filename, sha256 from attachment where plan_id = :planId order by id
                """, rs -> new Attachment(AttachmentSlot.valueOf(rs.getString("slot")), rs.getString("filename"),
                rs.getString("sha256"))));
        attachments.sort(Comparator.comparing(Attachment::slot));

        return new PlanDocument(PlanDocument.FORMAT, plan.planYear(), plan.header(), signatories,
                new TreeMap<>(narratives), new Blueprint(blueprintRows, successMeasures), roadmap, deliveryPlan,
                new Funding(plan.eahAllocation(), spend, baseline), risks, governance, coreRequirements, attachments);
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> rows(long planId, String sql, Row<T> row) {
        return jdbc.sql(sql).param("planId", planId).query((rs, n) -> row.map(rs)).list();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        return amount == null ? null : Money.of(amount);
    }

    private static List<CoreRequirementSection> sections(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.stream((String[]) array.getArray()).map(CoreRequirementSection::valueOf).toList();
        }
        finally {
            array.free();
        }
    }
}
