package org.sendplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.Money;
import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument.BaselineSpend;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.SpendCategory;

/**
 * The funding rules depend only on ratios and order-free sums: scaling every amount (and the
 * allocation) by the same positive factor, or reordering the spend lines, never changes which of
 * them fail. Plans are random but seeded, and built to sit exactly on, or a unit either side of,
 * the 90% and 10% limits and the allocation, where rounding errors would show.
 */
class FundingPropertyTests {

    static final Set<String> FUNDING_RULES = Set.of("SPEND-LINE-VALID", "FUND-WITHIN-ALLOCATION", "FUND-UNDERSPEND",
            "FUND-DIRECT-90", "FUND-APST-10", "FUND-ELIGIBLE-WORKFORCE", "FUND-BASELINE-MAINTAINED",
            "SALT-ADVANCED-PRACTITIONER");

    static final int PLANS = 500;

    final RuleEngine engine = new RuleEngine();

    @Test
    void scalingByWholeNumbersAndShufflingNeverChangesWhichFundingRulesFail() {
        for (int seed = 0; seed < PLANS; seed++) {
            Random random = new Random(seed);
            Funding funding = randomFunding(random, 1);
            BigDecimal factor = BigDecimal.valueOf(2 + random.nextInt(999));

            Funding changed = shuffled(scaled(funding, factor), random);

            assertThat(outcome(changed)).as("seed %d, x%s", seed, factor).isEqualTo(outcome(funding));
        }
    }

    @Test
    void scalingWholePoundPlansByDecimalFactorsNeverChangesWhichFundingRulesFail() {
        for (int seed = 0; seed < PLANS; seed++) {
            Random random = new Random(1_000_000L + seed);
            Funding funding = randomFunding(random, 100);
            BigDecimal factor = BigDecimal.valueOf(1 + random.nextInt(999), 2);

            Funding changed = shuffled(scaled(funding, factor), random);

            assertThat(outcome(changed)).as("seed %d, x%s", seed, factor).isEqualTo(outcome(funding));
        }
    }

    /** An independent oracle in whole pence (long arithmetic) for the four ratio and total rules. */
    @Test
    void fundingRulesAgreeWithWholePenceArithmetic() {
        Map<String, int[]> seen = new TreeMap<>();
        int exactlyAtNinety = 0;
        int exactlyAtTen = 0;
        for (int seed = 0; seed < PLANS; seed++) {
            Funding funding = randomFunding(new Random(2_000_000L + seed), 1);
            long total = 0;
            long direct = 0;
            long apst = 0;
            for (SpendLine line : funding.spend()) {
                if (line.fundingSource() != FundingSource.EAH) {
                    continue;
                }
                long pence = pence(line.q2()) + pence(line.q3()) + pence(line.q4());
                total += pence;
                direct += line.eahClass() != null && line.eahClass().isDirectDelivery() ? pence : 0;
                apst += line.eahClass() == EahClass.DIRECT_DELIVERY_APST ? pence : 0;
            }
            Long allocation = funding.eahAllocation() == null ? null : pence(funding.eahAllocation());
            exactlyAtNinety += total > 0 && direct * 10 == total * 9 ? 1 : 0;
            exactlyAtTen += apst > 0 && apst * 10 == direct ? 1 : 0;

            Map<String, Long> outcome = outcome(funding);
            expect(seen, outcome, "FUND-DIRECT-90", total > 0 && direct * 10 < total * 9, seed);
            expect(seen, outcome, "FUND-APST-10", apst * 10 > direct, seed);
            expect(seen, outcome, "FUND-WITHIN-ALLOCATION",
                    allocation == null ? total > 0 : total > allocation, seed);
            expect(seen, outcome, "FUND-UNDERSPEND", allocation != null && total < allocation, seed);
        }
        // The generator must exercise both outcomes of every rule, and the exact limits themselves.
        assertThat(seen).hasSize(4).allSatisfy((rule, counts) -> {
            assertThat(counts[0]).as("%s passes", rule).isGreaterThan(20);
            assertThat(counts[1]).as("%s fails", rule).isGreaterThan(20);
        });
        assertThat(exactlyAtNinety).isGreaterThan(50);
        assertThat(exactlyAtTen).isGreaterThan(50);
    }

    private static void expect(Map<String, int[]> seen, Map<String, Long> outcome, String rule, boolean fails,
            int seed) {
        assertThat(outcome.containsKey(rule)).as("%s on seed %d", rule, seed).isEqualTo(fails);
        seen.computeIfAbsent(rule, r -> new int[2])[fails ? 1 : 0]++;
    }

    private Map<String, Long> outcome(Funding funding) {
        PlanSnapshot snapshot = Plans.snapshot(Plans.edit().funding(funding).build());
        return engine.validate(snapshot).findings().stream()
                .map(Finding::rule)
                .filter(FUNDING_RULES::contains)
                .collect(Collectors.groupingBy(rule -> rule, TreeMap::new, Collectors.counting()));
    }

    private static long pence(Money money) {
        return money == null ? 0 : money.amount().movePointRight(2).longValueExact();
    }

    // Generating plans. Amounts are whole multiples of unit pence (1 = pence, 100 = whole pounds).

    static Funding randomFunding(Random random, int unit) {
        long k = 1 + random.nextInt(20_000);
        long direct;
        long enabling;
        switch (random.nextInt(3)) {
            case 0 -> { // exactly 90%
                direct = 9 * k;
                enabling = k;
            }
            case 1 -> { // one unit short of 90%
                direct = 9 * k - 1;
                enabling = k + 1;
            }
            default -> {
                direct = random.nextInt(200_000);
                enabling = random.nextInt(30_000);
            }
        }
        long apst = switch (random.nextInt(4)) {
            case 0 -> direct / 10; // exactly 10% when direct is a multiple of 10
            case 1 -> direct / 10 + 1; // one unit over
            case 2 -> direct == 0 ? 0 : random.nextLong(direct / 5 + 1);
            default -> 0;
        };
        apst = Math.min(apst, direct);
        boolean roundDirect = random.nextBoolean();
        if (roundDirect && apst == direct / 10 && direct % 10 != 0) {
            direct -= direct % 10; // lands APST exactly on 10% more often
            apst = direct / 10;
        }

        List<SpendLine> spend = new ArrayList<>();
        addLines(spend, random, unit, direct - apst, i -> directLine(random, i));
        addLines(spend, random, unit, apst, i -> new SpendLine(SpendCategory.OUTREACH_COMMISSIONING, "APST " + i,
                FundingSource.EAH, EahClass.DIRECT_DELIVERY_APST, Discipline.OTHER, null, null, null));
        addLines(spend, random, unit, enabling, i -> new SpendLine(SpendCategory.PROGRAMME_OVERSIGHT, "Enabling " + i,
                FundingSource.EAH, EahClass.ENABLING, null, null, null, null));
        int others = random.nextInt(4);
        for (int i = 0; i < others; i++) {
            addLines(spend, random, unit, random.nextInt(50_000), n -> otherLine(random, n));
        }
        if (random.nextInt(10) == 0) { // an EAH line someone forgot to classify
            addLines(spend, random, unit, random.nextInt(1_000), n -> new SpendLine(SpendCategory.OTHER, "Unclassified",
                    FundingSource.EAH, null, null, null, null, null));
        }

        long total = direct + enabling + spend.stream()
                .filter(line -> line.fundingSource() == FundingSource.EAH && line.eahClass() == null)
                .mapToLong(line -> pence(line.q2()) + pence(line.q3()) + pence(line.q4())).sum() / unit;
        Money allocation = switch (random.nextInt(5)) {
            case 0 -> money(total, unit);
            case 1 -> money(total + 1, unit);
            case 2 -> total == 0 ? null : money(total - 1, unit);
            case 3 -> money(random.nextInt(250_000), unit);
            default -> random.nextBoolean() ? null : money(total, unit);
        };
        return new Funding(allocation, spend, baseline(random, unit));
    }

    private static SpendLine directLine(Random random, int index) {
        Discipline[] disciplines = Discipline.values();
        Discipline discipline = random.nextInt(8) == 0 ? Discipline.OTHER
                : disciplines[random.nextInt(disciplines.length)];
        return new SpendLine(SpendCategory.WORKFORCE_RECRUITMENT, "Direct " + index, FundingSource.EAH,
                EahClass.DIRECT_DELIVERY, discipline, null, null, null);
    }

    private static SpendLine otherLine(Random random, int index) {
        FundingSource[] sources = FundingSource.values();
        FundingSource source = sources[1 + random.nextInt(sources.length - 1)];
        SpendCategory category = random.nextInt(15) == 0 ? null : SpendCategory.DATA_DIGITAL;
        EahClass misplaced = random.nextInt(15) == 0 ? EahClass.ENABLING : null;
        Discipline discipline = random.nextInt(4) == 0 ? Discipline.SALT_ADVANCED_PRACTITIONER : null;
        return new SpendLine(category, "Other " + index, source, misplaced, discipline, null, null, null);
    }

    /** Splits {@code units} over one to four lines, and each line over Q2-Q4 (an empty quarter may be null). */
    private static void addLines(List<SpendLine> spend, Random random, int unit, long units,
            IntFunction<SpendLine> template) {
        int lines = 1 + random.nextInt(4);
        long[] parts = split(random, units, lines);
        for (int i = 0; i < lines; i++) {
            long[] quarters = split(random, parts[i], 3);
            SpendLine line = template.apply(i);
            spend.add(new SpendLine(line.category(), line.description(), line.fundingSource(), line.eahClass(),
                    line.discipline(), quarter(random, quarters[0], unit), quarter(random, quarters[1], unit),
                    quarter(random, quarters[2], unit)));
        }
    }

    private static long[] split(Random random, long units, int parts) {
        long[] split = new long[parts];
        long left = units;
        for (int i = 0; i < parts - 1; i++) {
            split[i] = left == 0 ? 0 : random.nextLong(left + 1);
            left -= split[i];
        }
        split[parts - 1] = left;
        return split;
    }

    private static Money quarter(Random random, long units, int unit) {
        return units == 0 && random.nextBoolean() ? null : money(units, unit);
    }

    private static List<BaselineSpend> baseline(Random random, int unit) {
        List<BaselineSpend> rows = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            long previous = random.nextInt(100_000);
            long planYear = switch (random.nextInt(3)) {
                case 0 -> previous;
                case 1 -> Math.max(0, previous - 1);
                default -> random.nextInt(100_000);
            };
            rows.add(new BaselineSpend("Service " + i, money(previous, unit), money(planYear, unit)));
        }
        return rows;
    }

    private static Money money(long units, int unit) {
        return Money.of(BigDecimal.valueOf(units * unit, 2));
    }

    // Transformations that must not change the outcome.

    static Funding scaled(Funding funding, BigDecimal factor) {
        List<SpendLine> spend = funding.spend().stream()
                .map(line -> new SpendLine(line.category(), line.description(), line.fundingSource(), line.eahClass(),
                        line.discipline(), times(line.q2(), factor), times(line.q3(), factor),
                        times(line.q4(), factor)))
                .toList();
        List<BaselineSpend> baseline = funding.baselineServiceSpend().stream()
                .map(row -> new BaselineSpend(row.service(), times(row.previousYear(), factor),
                        times(row.planYear(), factor)))
                .toList();
        return new Funding(times(funding.eahAllocation(), factor), spend, baseline);
    }

    private static Money times(Money money, BigDecimal factor) {
        return money == null ? null : Money.of(money.amount().multiply(factor));
    }

    static Funding shuffled(Funding funding, Random random) {
        List<SpendLine> spend = new ArrayList<>(funding.spend());
        Collections.shuffle(spend, random);
        List<BaselineSpend> baseline = new ArrayList<>(funding.baselineServiceSpend());
        Collections.shuffle(baseline, random);
        return new Funding(funding.eahAllocation(), spend, baseline);
    }
}
