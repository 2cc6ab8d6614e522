package org.tracebench.ui.graph;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.tracebench.graph.CallData;
import org.tracebench.graph.CallGraph;
import org.tracebench.graph.Findings.CallPath;
import org.tracebench.graph.GraphAnalyses;
import org.tracebench.graph.GraphFilter;
import org.tracebench.graph.GraphStyle;
import org.tracebench.graph.Link;
import org.tracebench.graph.Party;
import org.tracebench.graph.ViewGraph;
import org.tracebench.graph.export.GraphPicture;
import org.tracebench.graph.layout.GraphLayout;
import org.tracebench.graph.layout.Placement;

/**
 * The Graph screen's state and operations, testable without a stage: which graph is built (case and
 * filter), what of it is shown (hidden parties, focus, expansions, collapsed groups), where nodes sit
 * (layout, pins), what is selected and highlighted, and an undo stack of view changes. The canvas
 * redraws when {@link #revisionProperty()} changes.
 */
public final class GraphViewModel {

    private static final int UNDO_LIMIT = 100;

    private CallData data;
    private CallGraph callGraph;
    private ViewGraph view;
    private Placement placement = new Placement(0);
    private GraphStyle style;
    private ViewState state = ViewState.initial(GraphFilter.ALL);
    private final Deque<ViewState> undo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final Set<Long> highlightedParties = new HashSet<>();
    private final List<long[]> highlightedLinks = new ArrayList<>();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final ObjectProperty<GraphStyle.ColourBy> colourBy = new SimpleObjectProperty<>(GraphStyle.ColourBy.RMD_STATUS);
    private final StringProperty message = new SimpleStringProperty("");
    private String title = "All cases";

    public GraphViewModel() {
        colourBy.addListener((obs, old, now) -> refreshStyle());
    }

    /** A built and laid-out view: computed off the JavaFX thread for large graphs, then applied. */
    record Prepared(CallData data, ViewState state, CallGraph callGraph, ViewGraph view, Placement placement,
                           String title) {
    }

    /**
     * Captures what a fresh view of the given case (null for all cases) needs, on the JavaFX thread; the
     * returned supplier builds and lays it out and may run on a background thread.
     */
    Supplier<Prepared> loader(CallData newData, Long caseId, String newTitle) {
        ViewState fresh = ViewState.initial(state.filter().withCase(caseId)).withLayout(state.layout());
        return () -> prepare(newData, fresh, newTitle);
    }

    /** Shows a view prepared by {@link #loader}, starting a new undo history. */
    void applyLoad(Prepared prepared) {
        undo.clear();
        canUndo.set(false);
        selection.clear();
        clearHighlight();
        apply(prepared);
    }

    /** Takes freshly read data and shows the given case (null for all cases) with a fresh view. */
    public void load(CallData newData, Long caseId, String newTitle) {
        applyLoad(loader(newData, caseId, newTitle).get());
    }

    public boolean loaded() {
        return data != null;
    }

    public CallData data() {
        return data;
    }

    public CallGraph callGraph() {
        return callGraph;
    }

    public ViewGraph view() {
        return view;
    }

    public Placement placement() {
        return placement;
    }

    public GraphStyle style() {
        return style;
    }

    public GraphFilter filter() {
        return state.filter();
    }

    public String layoutName() {
        return state.layout();
    }

    public String title() {
        return title;
    }

    public IntegerProperty revisionProperty() {
        return revision;
    }

    public ObjectProperty<GraphStyle.ColourBy> colourByProperty() {
        return colourBy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ObservableSet<String> selection() {
        return selection;
    }

    /** Campaign names in the loaded data, sorted. */
    public List<String> campaigns() {
        Set<String> names = new TreeSet<>();
        if (data != null) {
            data.calls().forEach(c -> {
                if (c.campaign() != null) {
                    names.add(c.campaign());
                }
            });
        }
        return List.copyOf(names);
    }

    // ---- view changes (each one undoable) ----

    public void setFilter(GraphFilter filter) {
        change(state.withFilter(filter.withCase(state.filter().caseId())));
    }

    public void setLayout(String name) {
        GraphLayout.named(name);
        Map<String, double[]> kept = new HashMap<>();
        state.pinned().forEach(key -> {
            if (state.positions().containsKey(key)) {
                kept.put(key, state.positions().get(key));
            }
        });
        // A new layout starts afresh; only pinned nodes keep their places.
        change(state.withLayout(name).withPositions(kept, state.pinned()));
    }

    /** Lays out again with the current layout, keeping pins and starting from where nodes are. */
    public void relayout() {
        change(state.withPositions(Map.of(), state.pinned()).withPositions(pinnedPositions(), state.pinned()));
    }

    public void hideSelected() {
        Set<Long> parties = selectedParties();
        if (!parties.isEmpty()) {
            selection.clear();
            change(state.withHidden(state.hiddenPlus(parties)));
        }
    }

    /** Shows only the selected parties (then use expand to grow from them). */
    public void focusSelected() {
        Set<Long> parties = selectedParties();
        if (!parties.isEmpty()) {
            change(state.withShown(parties).withHidden(Set.of()));
        }
    }

    /** Adds every party within depth links of the selection (in the whole filtered graph) to the view. */
    public void expandSelected(int depth) {
        Set<Long> parties = selectedParties();
        if (parties.isEmpty() || depth < 1) {
            return;
        }
        Set<Long> around = callGraph.neighbourhood(parties, depth);
        Set<Long> shown = new LinkedHashSet<>(visibleParties());
        shown.addAll(around);
        Set<Long> hidden = new LinkedHashSet<>(state.hidden());
        hidden.removeAll(around);
        change(state.withShown(shown).withHidden(hidden));
        message.set("Expanded to depth " + depth + ": " + view.size() + " nodes shown");
    }

    public void showAll() {
        change(state.withShown(null).withHidden(Set.of()).withGroups(Map.of()));
    }

    /** Collapses the selected parties into one node; returns false when fewer than two are selected. */
    public boolean collapseSelected(String name) {
        Set<Long> parties = selectedParties();
        if (parties.size() < 2 || name == null || name.isBlank()) {
            return false;
        }
        Map<String, Set<Long>> groups = new LinkedHashMap<>(state.groups());
        groups.values().forEach(members -> members.removeIf(parties::contains));
        groups.replaceAll((k, members) -> new LinkedHashSet<>(members));
        groups.entrySet().removeIf(e -> e.getValue().isEmpty());
        groups.put(uniqueGroupName(name.strip(), groups), parties);
        selection.clear();
        change(state.withGroups(groups));
        return true;
    }

    /** Opens the selected groups again. */
    public void ungroupSelected() {
        Map<String, Set<Long>> groups = new LinkedHashMap<>(state.groups());
        boolean changed = groups.keySet().removeIf(name -> selection.contains("g:" + name));
        if (changed) {
            selection.clear();
            change(state.withGroups(groups));
        }
    }

    /** Moves a node and pins it there (drag to pin). */
    public void pin(int index, double x, double y) {
        String key = view.node(index).key();
        Map<String, double[]> positions = new HashMap<>(currentPositions());
        positions.put(key, new double[] {x, y});
        Set<String> pinned = new HashSet<>(state.pinned());
        pinned.add(key);
        change(state.withPositions(positions, pinned));
    }

    public void unpinSelected() {
        Set<String> pinned = new HashSet<>(state.pinned());
        if (pinned.removeAll(selection)) {
            change(state.withPositions(currentPositions(), pinned));
        }
    }

    public boolean isPinned(int index) {
        return state.pinned().contains(view.node(index).key());
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        state = undo.pop();
        canUndo.set(!undo.isEmpty());
        rebuild();
    }

    private void change(ViewState next) {
        undo.push(state.withPositions(currentPositions(), state.pinned()));
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        canUndo.set(true);
        state = next;
        rebuild();
    }

    // ---- questions ----

    /** Highlights the shortest path (optionally in date order) from the first to the second selected party. */
    public Optional<CallPath> highlightPath(long from, long to, boolean dateOrdered) {
        clearHighlight();
        List<CallPath> paths = new GraphAnalyses(callGraph).paths(from, to, GraphAnalyses.MAX_PATH_HOPS, dateOrdered, 1);
        if (paths.isEmpty()) {
            message.set("No path found from " + name(from) + " to " + name(to) + (dateOrdered ? " in date order" : ""));
            bump();
            return Optional.empty();
        }
        CallPath path = paths.get(0);
        Set<Long> missing = new LinkedHashSet<>();
        for (var provider : path.parties()) {
            highlightedParties.add(provider.id());
            if (view.indexOfParty(provider.id()) < 0) {
                missing.add(provider.id());
            }
        }
        for (Link link : path.links()) {
            highlightedLinks.add(new long[] {link.from(), link.to()});
        }
        if (!missing.isEmpty()) {
            Set<Long> shown = new LinkedHashSet<>(visibleParties());
            shown.addAll(missing);
            Set<Long> hidden = new LinkedHashSet<>(state.hidden());
            hidden.removeAll(missing);
            change(state.withShown(shown).withHidden(hidden));
        } else {
            bump();
        }
        message.set(path.hops() + "-hop path, " + path.tracedCallIds().size() + " traced calls behind it");
        return Optional.of(path);
    }

    public void clearHighlight() {
        highlightedParties.clear();
        highlightedLinks.clear();
    }

    /** The index of the node whose party name or alias best matches, or -1. */
    public int search(String text) {
        if (callGraph == null || text == null || text.isBlank()) {
            return -1;
        }
        Optional<Party> party = callGraph.find(text.strip());
        return party.map(p -> view.indexOfParty(p.id())).orElse(-1);
    }

    public Set<Long> selectedParties() {
        Set<Long> parties = new LinkedHashSet<>();
        for (String key : selection) {
            int index = view == null ? -1 : view.indexOf(key);
            if (index >= 0) {
                parties.addAll(view.node(index).members());
            }
        }
        return parties;
    }

    /** The picture the canvas and exports draw: current view, positions, style, selection, highlight. */
    public GraphPicture picture() {
        Set<Integer> selected = new HashSet<>();
        for (String key : selection) {
            int index = view.indexOf(key);
            if (index >= 0) {
                selected.add(index);
            }
        }
        Set<Integer> litNodes = new HashSet<>();
        for (Long id : highlightedParties) {
            int index = view.indexOfParty(id);
            if (index >= 0) {
                litNodes.add(index);
            }
        }
        Set<Integer> litEdges = new HashSet<>();
        for (long[] link : highlightedLinks) {
            int from = view.indexOfParty(link[0]);
            int to = view.indexOfParty(link[1]);
            for (int e = 0; e < view.edges().size(); e++) {
                if (view.edges().get(e).from() == from && view.edges().get(e).to() == to) {
                    litEdges.add(e);
                }
            }
        }
        return new GraphPicture(view, placement, style, selected, litNodes, litEdges, title);
    }

    public Instant since() {
        return state.filter().from();
    }

    // ---- building ----

    private void rebuild() {
        if (data != null) {
            apply(prepare(data, state, title));
        }
    }

    private static Prepared prepare(CallData data, ViewState state, String title) {
        CallGraph graph = CallGraph.build(data, state.filter());
        ViewGraph view = ViewGraph.of(graph, visibleParties(graph, state), state.groups());
        Placement placement = new Placement(view.size());
        int known = 0;
        for (int v = 0; v < view.size(); v++) {
            double[] point = state.positions().get(view.node(v).key());
            if (point != null) {
                placement.set(v, point[0], point[1]);
                placement.pin(v, state.pinned().contains(view.node(v).key()));
                known++;
            }
        }
        ViewState laidOut = state;
        if (known < view.size() || state.positions().isEmpty()) {
            GraphLayout.named(state.layout()).apply(view.layoutGraph(), placement);
            Map<String, double[]> positions = new HashMap<>();
            for (int v = 0; v < view.size(); v++) {
                positions.put(view.node(v).key(), new double[] {placement.x(v), placement.y(v)});
            }
            laidOut = state.withPositions(positions, state.pinned());
        }
        return new Prepared(data, laidOut, graph, view, placement, title);
    }

    private void apply(Prepared prepared) {
        data = prepared.data();
        title = prepared.title();
        state = prepared.state();
        callGraph = prepared.callGraph();
        view = prepared.view();
        placement = prepared.placement();
        selection.removeIf(key -> view.indexOf(key) < 0);
        refreshStyle();
    }

    private void refreshStyle() {
        if (view != null) {
            style = new GraphStyle(colourBy.get(), view);
        }
        bump();
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }

    private Set<Long> visibleParties() {
        return visibleParties(callGraph, state);
    }

    private static Set<Long> visibleParties(CallGraph callGraph, ViewState state) {
        Set<Long> result = new LinkedHashSet<>();
        for (Party party : callGraph.parties()) {
            if ((state.shown() == null || state.shown().contains(party.id())) && !state.hidden().contains(party.id())) {
                result.add(party.id());
            }
        }
        return result;
    }

    private Map<String, double[]> currentPositions() {
        Map<String, double[]> positions = new HashMap<>(state.positions());
        if (view != null) {
            for (int v = 0; v < view.size() && v < placement.size(); v++) {
                if (placement.placed(v)) {
                    positions.put(view.node(v).key(), new double[] {placement.x(v), placement.y(v)});
                }
            }
        }
        return positions;
    }

    private Map<String, double[]> pinnedPositions() {
        Map<String, double[]> kept = new HashMap<>();
        Map<String, double[]> now = currentPositions();
        state.pinned().forEach(key -> {
            if (now.containsKey(key)) {
                kept.put(key, now.get(key));
            }
        });
        return kept;
    }

    private String name(long id) {
        Party party = callGraph.party(id);
        return party == null ? "#" + id : party.name();
    }

    private static String uniqueGroupName(String name, Map<String, Set<Long>> groups) {
        String candidate = name;
        for (int i = 2; groups.containsKey(candidate); i++) {
            candidate = name + " " + i;
        }
        return candidate;
    }
}
