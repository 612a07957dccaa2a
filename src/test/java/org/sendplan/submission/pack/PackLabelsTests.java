package org.sendplan.submission.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.Money;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.CoreRequirementId;
import org.sendplan.plan.document.CoreRequirementSection;
import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.GovernanceKind;
import org.sendplan.plan.document.Impact;
import org.sendplan.plan.document.Likelihood;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.Rag;
import org.sendplan.plan.document.RowKind;
import org.sendplan.plan.document.SpendCategory;

class PackLabelsTests {

    @Test
    void everyCodeInAPlanHasALabel() {
        for (BuildingBlock value : BuildingBlock.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (SignatoryRole value : SignatoryRole.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (OrganisationType value : OrganisationType.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (RowKind value : RowKind.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (SpendCategory value : SpendCategory.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (FundingSource value : FundingSource.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (EahClass value : EahClass.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (Discipline value : Discipline.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (Impact value : Impact.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (Likelihood value : Likelihood.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (Rag value : Rag.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (GovernanceKind value : GovernanceKind.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (CoreRequirementSection value : CoreRequirementSection.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (AttachmentSlot value : AttachmentSlot.values()) {
            assertThat(PackLabels.of(value)).isNotBlank();
        }
        for (CoreRequirementId value : CoreRequirementId.values()) {
            assertThat(PackLabels.group(value)).isNotBlank();
            assertThat(PackLabels.summary(value)).isNotBlank();
        }
    }

    @Test
    void questionHeadingsAreTheShortOnes() {
        assertThat(PackLabels.of(CoreRequirementSection.Q10)).isEqualTo("Q10 Risks");
    }

    @Test
    void showsMoneyInPoundsWithSeparators() {
        assertThat(PackLabels.money(Money.parse("1234.5"))).isEqualTo("£1,234.50");
        assertThat(PackLabels.money(new BigDecimal("2400000.00"))).isEqualTo("£2,400,000.00");
        assertThat(PackLabels.money((Money) null)).isEmpty();
    }

    @Test
    void showsTimesInLondon() {
        assertThat(PackLabels.londonTime(Instant.parse("2026-12-03T14:05:00Z"))).isEqualTo("3 December 2026, 14:05");
        assertThat(PackLabels.londonTime(Instant.parse("2026-06-19T09:30:00Z"))).isEqualTo("19 June 2026, 10:30");
    }
}
