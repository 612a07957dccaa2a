package org.sendplan.plan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;




class RiskMatrixTests {

    /** All 25 cells of the Annex C matrix with the product's default colours, written out by hand. */
    @ParameterizedTest(name = "{0} x {1} = {2} -> {3}")
    @CsvSource(textBlock = """
            CRISIS,     VERY_LIKELY,   25, RED
            CRISIS,     LIKELY,        20, RED
            CRISIS,     POSSIBLE,      15, RED
            CRISIS,     UNLIKELY,      10, AMBER
            CRISIS,     VERY_UNLIKELY,  5, AMBER
            CRITICAL,   VERY_LIKELY,   20, RED
            CRITICAL,   LIKELY,        16, RED
            CRITICAL,   POSSIBLE,      12, AMBER
            CRITICAL,   UNLIKELY,       8, AMBER
            CRITICAL,   VERY_UNLIKELY,  4, GREEN
            MODERATE,   VERY_LIKELY,   15, RED
            MODERATE,   LIKELY,        12, AMBER
            MODERATE,   POSSIBLE,       9, AMBER
            MODERATE,   UNLIKELY,       6, AMBER
            MODERATE,   VERY_UNLIKELY,  3, GREEN
            MARGINAL,   VERY_LIKELY,   10, AMBER
            MARGINAL,   LIKELY,         8, AMBER
            MARGINAL,   POSSIBLE,       6, AMBER
            MARGINAL,   UNLIKELY,       4, GREEN
            MARGINAL,   VERY_UNLIKELY,  2, GREEN
            NEGLIGIBLE, VERY_LIKELY,    5, AMBER
            NEGLIGIBLE, LIKELY,         4, GREEN
            NEGLIGIBLE, POSSIBLE,       3, GREEN
            NEGLIGIBLE, UNLIKELY,       2, GREEN
            NEGLIGIBLE, VERY_UNLIKELY,  1, GREEN
            """)
    void everyCellHasItsRag(Impact impact, Likelihood likelihood, int score, Rag rag) {
        assertThat(RiskMatrix.score(impact, likelihood)).isEqualTo(score);
        assertThat(RiskMatrix.rag(impact, likelihood)).isEqualTo(rag);
    }

    @Test
    void matrixHasEightGreenElevenAmberAndSixRedCells() {
        Map<Rag, Integer> cells = new EnumMap<>(Rag.class);
        for (Impact impact : Impact.values()) {
            for (Likelihood likelihood : Likelihood.values()) {
                cells.merge(RiskMatrix.rag(impact, likelihood), 1, Integer::sum);
            }
        }
        assertThat(cells).containsEntry(Rag.GREEN, 8).containsEntry(Rag.AMBER, 11).containsEntry(Rag.RED, 6);
    }

    @Test
    void needsBothAxes() {
        assertThatNullPointerException().isThrownBy(() -> RiskMatrix.rag(null, Likelihood.LIKELY));
        assertThatNullPointerException().isThrownBy(() -> RiskMatrix.rag(Impact.CRISIS, null));
    }
}
