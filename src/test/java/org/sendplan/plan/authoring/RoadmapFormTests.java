package org.sendplan.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.PlanDocument.RoadmapRow;
import org.sendplan.plan.document.RowKind;

class RoadmapFormTests {

    private static RoadmapRow block(BuildingBlock block, String text) {
        return new RoadmapRow(RowKind.BUILDING_BLOCK, block, null, text, text, text);
    }

    private static RoadmapRow named(RowKind kind, String name) {
        return new RoadmapRow(kind, null, name, "a", "b", "c");
    }

    @Test
    void aStoredRoadmapIsGroupedByKindWithBuildingBlocksInOrderAndMissingOnesAdded() {
        RoadmapForm form = RoadmapForm.from(List.of(named(RowKind.LEADING_INDICATOR, "Reach"),
                block(BuildingBlock.INCLUSIVE_CULTURE, "Culture"), named(RowKind.ENABLER, "Workforce"),
                block(BuildingBlock.INCLUSION_IN_SETTINGS, "Inclusion")));
        List<RoadmapRow> rows = form.toRoadmap();
        assertThat(rows).extracting(RoadmapRow::kind).containsExactly(RowKind.BUILDING_BLOCK, RowKind.BUILDING_BLOCK,
                RowKind.BUILDING_BLOCK, RowKind.BUILDING_BLOCK, RowKind.ENABLER, RowKind.LEADING_INDICATOR);
        assertThat(rows).extracting(RoadmapRow::buildingBlock).containsExactly(BuildingBlock.INCLUSION_IN_SETTINGS,
                BuildingBlock.SPECIALIST_SUPPORT, BuildingBlock.LEADERSHIP_AND_COPRODUCTION,
                BuildingBlock.INCLUSIVE_CULTURE, null, null);
        assertThat(rows.get(0).y2026_27()).isEqualTo("Inclusion");
        assertThat(rows.get(1).y2026_27()).isNull();
        assertThat(rows.get(3).y2026_27()).isEqualTo("Culture");
    }

    @Test
    void aBuildingBlockRowCanBeRemovedOnlyWhileTheBlockHasAnother() {
        RoadmapForm form = RoadmapForm.from(List.of(block(BuildingBlock.INCLUSION_IN_SETTINGS, "First"),
                block(BuildingBlock.INCLUSION_IN_SETTINGS, "Second")));
        assertThat(form.getRows()).hasSize(5);
        assertThat(form.removable(0)).isTrue();
        assertThat(form.removable(1)).isTrue();
        assertThat(form.removable(2)).isFalse();
        form.remove(0);
        assertThat(form.removable(0)).isFalse();
        form.remove(0);
        assertThat(form.getRows()).hasSize(4);
        assertThat(form.getRows().get(0).getY2026_27()).isEqualTo("Second");
    }

    @Test
    void anAddedRowGoesToTheEndOfItsGroup() {
        RoadmapForm form = RoadmapForm.from(List.of(named(RowKind.ENABLER, "Workforce"),
                named(RowKind.SUCCESS_MEASURE, "Attendance"), named(RowKind.LEADING_INDICATOR, "Reach")));
        assertThat(form.nextIndex(RowKind.ENABLER)).isEqualTo(5);
        form.add(RowKind.ENABLER);
        form.add(RowKind.BUILDING_BLOCK);
        assertThat(form.getRows()).hasSize(8);
        assertThat(form.getRows().get(5).getKind()).isEqualTo("ENABLER");
        assertThat(form.getRows().get(5).getName()).isNull();
        assertThat(form.getRows().get(6).getName()).isEqualTo("Attendance");
        assertThat(form.getGroups().get(1).entries()).extracting(RoadmapForm.Entry::number).containsExactly(1, 2);
    }
}
