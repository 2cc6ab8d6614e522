package org.tracebench.ui.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.tracebench.graph.GraphFilter;

/**
 * Everything the user changed about the view, as one value so it can be put on the undo stack: which
 * parties are shown or hidden, collapsed groups, node positions and pins, the layout and the filter.
 *
 * @param shown party ids to show, or null for "every party the filter lets through"
 */
record ViewState(Set<Long> shown, Set<Long> hidden, Map<String, Set<Long>> groups, Map<String, double[]> positions,
                 Set<String> pinned, String layout, GraphFilter filter) {

    static ViewState initial(GraphFilter filter) {
        return new ViewState(null, Set.of(), Map.of(), Map.of(), Set.of(), "layered", filter);
    }

    ViewState {
        shown = shown == null ? null : Set.copyOf(shown);
        hidden = Set.copyOf(hidden);
        Map<String, Set<Long>> groupCopy = new LinkedHashMap<>();
        groups.forEach((name, members) -> groupCopy.put(name, Set.copyOf(members)));
        groups = Map.copyOf(groupCopy);
        Map<String, double[]> positionCopy = new HashMap<>();
        positions.forEach((key, point) -> positionCopy.put(key, point.clone()));
        positions = Map.copyOf(positionCopy);
        pinned = Set.copyOf(pinned);
    }

    ViewState withShown(Set<Long> newShown) {
        return new ViewState(newShown, hidden, groups, positions, pinned, layout, filter);
    }

    ViewState withHidden(Set<Long> newHidden) {
        return new ViewState(shown, newHidden, groups, positions, pinned, layout, filter);
    }

    ViewState withGroups(Map<String, Set<Long>> newGroups) {
        return new ViewState(shown, hidden, newGroups, positions, pinned, layout, filter);
    }

    ViewState withPositions(Map<String, double[]> newPositions, Set<String> newPinned) {
        return new ViewState(shown, hidden, groups, newPositions, newPinned, layout, filter);
    }

    ViewState withLayout(String newLayout) {
        return new ViewState(shown, hidden, groups, positions, pinned, newLayout, filter);
    }

    ViewState withFilter(GraphFilter newFilter) {
        return new ViewState(shown, hidden, groups, positions, pinned, layout, newFilter);
    }

    Set<Long> hiddenPlus(Set<Long> more) {
        Set<Long> result = new LinkedHashSet<>(hidden);
        result.addAll(more);
        return result;
    }
}
