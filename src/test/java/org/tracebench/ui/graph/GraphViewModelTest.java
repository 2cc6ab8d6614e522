package org.tracebench.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracebench.graph.GraphFilter;
import org.tracebench.graph.TinyNetwork;
import org.tracebench.graph.ViewGraph;

/** The view model without a stage: view changes, selection, pins, paths and undo. */
class GraphViewModelTest {

    private final GraphViewModel model = new GraphViewModel();

    GraphViewModelTest() {
        model.load(TinyNetwork.data(), null, "Tiny");
    }

    private void select(long... parties) {
        model.selection().clear();
        for (long id : parties) {
            model.selection().add("p:" + id);
        }
    }

    @Test
    void hideFocusExpandAndUndoStepByStep() {
        assertThat(model.view().size()).isEqualTo(6);
        select(TinyNetwork.X);
        model.hideSelected();
        assertThat(model.view().indexOfParty(TinyNetwork.X)).isNegative();
        select(TinyNetwork.B);
        model.focusSelected();
        assertThat(model.view().size()).isEqualTo(1);
        model.expandSelected(1);
        assertThat(model.view().nodes()).extracting(ViewGraph.Node::label)
                .containsExactlyInAnyOrder("Gateway B", "Origin A", "Origin C", "Terminator T");
        model.expandSelected(2);
        assertThat(model.view().size()).isEqualTo(6);
        model.undo();
        assertThat(model.view().size()).isEqualTo(4);
        model.undo();
        model.undo();
        assertThat(model.view().size()).isEqualTo(5);
        model.undo();
        assertThat(model.view().size()).isEqualTo(6);
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void collapseAndUngroup() {
        select(TinyNetwork.A, TinyNetwork.C);
        assertThat(model.collapseSelected("Origins")).isTrue();
        assertThat(model.view().size()).isEqualTo(5);
        assertThat(model.view().indexOf("g:Origins")).isNotNegative();
        model.selection().add("g:Origins");
        model.ungroupSelected();
        assertThat(model.view().size()).isEqualTo(6);
        select(TinyNetwork.A);
        assertThat(model.collapseSelected("One")).isFalse();
    }

    @Test
    void draggedNodesStayPinnedThroughRelayoutAndLayoutChanges() {
        int b = model.view().indexOfParty(TinyNetwork.B);
        model.pin(b, -500, 900);
        model.setLayout("force");
        b = model.view().indexOfParty(TinyNetwork.B);
        assertThat(model.placement().x(b)).isEqualTo(-500);
        assertThat(model.placement().y(b)).isEqualTo(900);
        assertThat(model.isPinned(b)).isTrue();
        model.relayout();
        assertThat(model.placement().x(model.view().indexOfParty(TinyNetwork.B))).isEqualTo(-500);
        select(TinyNetwork.B);
        model.unpinSelected();
        assertThat(model.isPinned(model.view().indexOfParty(TinyNetwork.B))).isFalse();
    }

    @Test
    void expandingKeepsTheNodesAlreadyShownInPlace() {
        select(TinyNetwork.B);
        model.focusSelected();
        model.expandSelected(1);
        model.setLayout("force");
        int a = model.view().indexOfParty(TinyNetwork.A);
        double ax = model.placement().x(a);
        double ay = model.placement().y(a);
        select(TinyNetwork.A);
        model.expandSelected(1);
        int after = model.view().indexOfParty(TinyNetwork.A);
        double shift = Math.hypot(model.placement().x(after) - ax, model.placement().y(after) - ay);
        assertThat(shift).isLessThan(60);
    }

    @Test
    void pathHighlightAndSearch() {
        assertThat(model.highlightPath(TinyNetwork.X, TinyNetwork.T, false)).isPresent();
        assertThat(model.picture().highlightedNodes()).hasSize(4);
        assertThat(model.picture().highlightedEdges()).hasSize(3);
        assertThat(model.highlightPath(TinyNetwork.T, TinyNetwork.X, false)).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("No path");
        assertThat(model.search("gateway b")).isEqualTo(model.view().indexOfParty(TinyNetwork.B));
        assertThat(model.search("nothing like it")).isNegative();
    }

    @Test
    void filtersAreViewChangesToo() {
        model.setFilter(GraphFilter.ALL.withCampaigns(Set.of("Alpha")));
        assertThat(model.view().size()).isEqualTo(4);
        model.undo();
        assertThat(model.view().size()).isEqualTo(6);
        model.load(TinyNetwork.data(), 2L, "Case two");
        assertThat(model.view().size()).isEqualTo(3);
        model.setFilter(GraphFilter.ALL);
        assertThat(model.filter().caseId()).isEqualTo(2L);
    }
}
