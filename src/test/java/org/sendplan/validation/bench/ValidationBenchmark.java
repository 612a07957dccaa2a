package org.sendplan.validation.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.sendplan.plan.Money;
import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.sendplan.plan.document.SpendCategory;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Plans;
import org.sendplan.validation.RuleEngine;
import org.sendplan.validation.ValidationResult;

/**
 * How long the rule engine takes over a large, complete plan (15 workstreams, 60 spend lines,
 * 5 risks, 8 governance rows, all 41 requirements, every narrative at its word limit), and over an
 * empty plan, which has the most findings to format. Target: under 2 ms for the full plan.
 * Run with {@link #main}; it is not a test, so the build never runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ValidationBenchmark {

    private RuleEngine engine;
    private PlanSnapshot fullPlan;
    private PlanSnapshot emptyPlan;

    @Setup
    public void setUp() {
        engine = new RuleEngine();
        fullPlan = Plans.snapshot(fullPlan());
        emptyPlan = Plans.snapshot(new PlanDocument(null, "2026-27", null, null, null, null, null, null, null, null,
                null, null, null));
        ValidationResult full = engine.validate(fullPlan);
        if (!full.findings().isEmpty()) {
            throw new IllegalStateException("The full plan should pass every rule: " + full.findings());
        }
    }

    @Benchmark
    public ValidationResult validateFullPlan() {
        return engine.validate(fullPlan);
    }

    @Benchmark
    public ValidationResult validateEmptyPlan() {
        return engine.validate(emptyPlan);
    }

    public static PlanDocument fullPlan() {
        Plans.Edit plan = Plans.edit();
        for (NarrativeKey key : NarrativeKey.values()) {
            plan.narrative(key, Plans.words(key.wordLimit()));
        }
        List<Workstream> workstreams = new ArrayList<>();
        BuildingBlock[] blocks = BuildingBlock.values();
        for (int i = 0; i < 15; i++) {
            workstreams.add(Plans.workstream("Workstream " + (i + 1), blocks[i % blocks.length]));
        }
        plan.deliveryPlan(workstreams);
        plan.spend(spendLines()).allocation("2400000.00");
        plan.governance(governance());
        plan.risks(List.of(Plans.complete().risks().get(0), Plans.complete().risks().get(1),
                Plans.complete().risks().get(2), Plans.complete().risks().get(0), Plans.complete().risks().get(1)));
        return plan.build();
    }

    /** 60 lines: EAH direct £2,100,000.00, APST £100,000.00, enabling £200,000.00, and three others. */
    private static List<SpendLine> spendLines() {
        Discipline[] eligible = { Discipline.SALT, Discipline.SALT_SUPPORT, Discipline.OT, Discipline.OT_SUPPORT,
                Discipline.EP, Discipline.EP_TRAINEE, Discipline.SPECIALIST_TEACHER };
        List<SpendLine> spend = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            spend.add(line(SpendCategory.WORKFORCE_RECRUITMENT, FundingSource.EAH, EahClass.DIRECT_DELIVERY,
                    eligible[i % eligible.length], "14000.00", "14000.00", "14000.00"));
        }
        for (int i = 0; i < 5; i++) {
            spend.add(line(SpendCategory.OUTREACH_COMMISSIONING, FundingSource.EAH, EahClass.DIRECT_DELIVERY_APST,
                    Discipline.OTHER, "6666.67", "6666.67", "6666.66"));
        }
        for (int i = 0; i < 2; i++) {
            spend.add(line(SpendCategory.PROGRAMME_OVERSIGHT, FundingSource.EAH, EahClass.ENABLING, null,
                    "33333.33", "33333.33", "33333.34"));
        }
        spend.add(line(SpendCategory.DATA_DIGITAL, FundingSource.TRANSFORMATION, null, null, "50000.00", "50000.00",
                "50000.00"));
        spend.add(line(SpendCategory.WORKFORCE_RECRUITMENT, FundingSource.OTHER, null,
                Discipline.SALT_ADVANCED_PRACTITIONER, "20000.00", "20000.00", "20000.00"));
        spend.add(line(SpendCategory.WORKFORCE_TRAINING, FundingSource.LOCAL, null, null, "1000.00", null, null));
        return spend;
    }

    private static SpendLine line(SpendCategory category, FundingSource source, EahClass eahClass,
            Discipline discipline, String q2, String q3, String q4) {
        return new SpendLine(category, category + " line", source, eahClass, discipline, money(q2), money(q3),
                money(q4));
    }

    private static Money money(String amount) {
        return amount == null ? null : Money.parse(amount);
    }

    private static List<GovernanceRow> governance() {
        List<GovernanceRow> rows = new ArrayList<>();
        rows.add(Plans.group("SEND Partnership Board", true, Plans.chair(OrganisationType.LA),
                Plans.member(OrganisationType.ICB), Plans.member(OrganisationType.PCF),
                Plans.member(OrganisationType.SCHOOL), Plans.member(OrganisationType.CYP)));
        OrganisationType[] types = OrganisationType.values();
        for (int i = 1; i < 8; i++) {
            rows.add(Plans.group("Group " + i, false, Plans.chair(types[i % types.length]),
                    Plans.member(OrganisationType.EARLY_YEARS), Plans.member(OrganisationType.FE),
                    Plans.member(OrganisationType.MAT), Plans.member(OrganisationType.HEALTH_PROVIDER)));
        }
        return rows;
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(ValidationBenchmark.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(3)
                .measurementIterations(5)
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .build();
        new Runner(options).run();
    }
}
