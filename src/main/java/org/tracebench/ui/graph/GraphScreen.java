package org.tracebench.ui.graph;

import java.io.File;
import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import org.tracebench.graph.CallData;
import org.tracebench.graph.Dossiers;
import org.tracebench.graph.GraphStyle;
import org.tracebench.graph.ProviderDossier;
import org.tracebench.graph.ViewGraph;
import org.tracebench.graph.export.DossierCsv;
import org.tracebench.graph.export.GraphFiles;
import org.tracebench.work.StagedFile;
import org.tracebench.graph.export.GraphPicture;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseSummary;
import org.tracebench.ui.common.Screen;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.ScreenId;

/**
 * The call-path graph screen: a toolbar (case, layout, colouring, view actions, search, export), the
 * filter panel on the left, the canvas with its legend in the middle, the provider dossier on the right.
 * Follows the case selected elsewhere in the workbench; "All cases" shows the whole network.
 */
public final class GraphScreen implements Screen {

    /** A choice in the case box: a case, or all cases (id null). */
    record CaseChoice(Long id, String title) {
    }

    private static final CaseChoice ALL_CASES = new CaseChoice(null, "All cases");

    private final ScreenContext context;
    private final GraphViewModel model = new GraphViewModel();
    private final BorderPane view = new BorderPane();
    private final GraphCanvas canvas = new GraphCanvas(model);
    private final FilterPane filters = new FilterPane(model::setFilter);
    private final DossierPane dossier;
    private final ComboBox<CaseChoice> caseBox = new ComboBox<>();
    private final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(12, 4);
    private final Spinner<Integer> depth = new Spinner<>(1, 8, 1);
    private final CheckBox dateOrdered = new CheckBox("in date order");
    private CallData data;
    /** The store's data version when the shown data was asked for; -1 forces a read. */
    private long requestedVersion = -1;
    private boolean updatingCases;

    public GraphScreen(ScreenContext context) {
        this.context = context;
        this.dossier = new DossierPane(date -> showDossier(), this::openCase, this::newCase, this::exportDossier);
        view.setId("graph-screen");
        view.setTop(toolbar());
        ScrollPane filterScroll = new ScrollPane(filters);
        filterScroll.setFitToWidth(true);
        view.setLeft(filterScroll);
        legend.setId("graph-legend");
        legend.setPadding(new Insets(6));
        legend.setStyle("-fx-border-color: #ced4da transparent transparent transparent;");
        Label status = new Label();
        status.setId("graph-status");
        status.textProperty().bind(model.messageProperty());
        status.setMouseTransparent(true);
        status.setStyle("-fx-background-color: rgba(255,255,255,0.8); -fx-padding: 2 6 2 6;");
        StackPane drawing = new StackPane(canvas, status);
        StackPane.setAlignment(status, Pos.TOP_LEFT);
        view.setCenter(new BorderPane(drawing, null, null, legend, null));
        ScrollPane dossierScroll = new ScrollPane(dossier);
        dossierScroll.setFitToWidth(true);
        dossierScroll.setPrefWidth(320);
        view.setRight(dossierScroll);
        canvas.setOnExpand(index -> model.expandSelected(depth.getValue()));
        model.revisionProperty().addListener((obs, o, n) -> refreshLegend());
        model.selection().addListener((javafx.collections.SetChangeListener<String>) change -> showDossier());
        caseBox.valueProperty().addListener((obs, old, choice) -> {
            if (!updatingCases && choice != null && data != null) {
                showCase(choice);
            }
        });
        context.state().selectedCaseProperty().addListener((obs, old, summary) -> followCase(summary));
        shortcuts();
        reload();
    }

    /** The view model behind the screen (tests drive and inspect it). */
    GraphViewModel model() {
        return model;
    }

    GraphCanvas graphCanvas() {
        return canvas;
    }

    FilterPane filters() {
        return filters;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void onShow() {
        if (context.workbench().dataVersion() != requestedVersion) {
            reload();
        }
    }

    /**
     * Reads the store again in the background and rebuilds the view. The version is taken before the read
     * starts: anything written while it runs (the sample cases loading at first start) makes the next
     * visit read again, instead of being taken as already shown.
     */
    void reload() {
        requestedVersion = context.workbench().dataVersion();
        context.tasks().runWithProgress("Reading the call graph…", progress -> {
            var wb = context.workbench();
            return wb.callData().read();
        }, loaded -> {
            data = loaded;
            filters.setCampaigns(campaignsOf(loaded));
            fillCases();
        }, error -> model.messageProperty().set("Could not read the graph: " + error.getMessage()));
    }

    private static List<String> campaignsOf(CallData data) {
        return data.calls().stream().map(c -> c.campaign()).filter(c -> c != null).distinct().sorted().toList();
    }

    private void fillCases() {
        updatingCases = true;
        List<CaseChoice> choices = new ArrayList<>();
        choices.add(ALL_CASES);
        data.cases().values().forEach(c -> choices.add(new CaseChoice(c.id(), c.title())));
        caseBox.getItems().setAll(choices);
        CaseSummary selected = context.state().selectedCase();
        CaseChoice choice = selected == null ? ALL_CASES : choices.stream()
                .filter(c -> selected.caseFile().id() == (c.id() == null ? -1 : c.id())).findFirst().orElse(ALL_CASES);
        caseBox.setValue(choice);
        updatingCases = false;
        showCase(choice);
    }

    private void followCase(CaseSummary summary) {
        if (summary == null || data == null) {
            return;
        }
        caseBox.getItems().stream().filter(c -> c.id() != null && c.id() == summary.caseFile().id()).findFirst()
                .ifPresent(caseBox::setValue);
    }

    private void showCase(CaseChoice choice) {
        java.util.function.Supplier<GraphViewModel.Prepared> loader = model.loader(data, choice.id(), choice.title());
        // Building and laying out a large network takes seconds: do it off the JavaFX thread.
        context.work().run(new Task<GraphViewModel.Prepared>() {
            @Override
            protected GraphViewModel.Prepared call() {
                updateMessage("Laying out " + choice.title() + "…");
                return loader.get();
            }
        }, prepared -> {
            canvas.fitNext();
            model.applyLoad(prepared);
            model.messageProperty().set(model.view().size() + " parties, " + model.view().edges().size() + " links");
        }, error -> model.messageProperty().set("Could not lay out the graph: " + error.getMessage()));
    }

    private VBox toolbar() {
        caseBox.setId("graph-case");
        caseBox.setPrefWidth(240);
        caseBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaseChoice choice) {
                return choice == null ? "" : choice.title();
            }

            @Override
            public CaseChoice fromString(String text) {
                return null;
            }
        });
        ChoiceBox<String> layout = new ChoiceBox<>();
        layout.setId("graph-layout");
        layout.getItems().setAll("layered", "force", "circular");
        layout.setValue("layered");
        layout.valueProperty().addListener((obs, o, name) -> {
            if (name != null && !name.equals(model.layoutName())) {
                model.setLayout(name);
                canvas.fit();
            }
        });
        model.revisionProperty().addListener((obs, o, n) -> layout.setValue(model.layoutName()));
        ChoiceBox<GraphStyle.ColourBy> colour = new ChoiceBox<>();
        colour.setId("graph-colour");
        colour.getItems().setAll(GraphStyle.ColourBy.values());
        colour.setConverter(new StringConverter<>() {
            @Override
            public String toString(GraphStyle.ColourBy by) {
                return by == GraphStyle.ColourBy.RMD_STATUS ? "Colour: RMD status" : "Colour: response";
            }

            @Override
            public GraphStyle.ColourBy fromString(String text) {
                return null;
            }
        });
        colour.valueProperty().bindBidirectional(model.colourByProperty());
        TextField search = new TextField();
        search.setId("graph-search");
        search.setPromptText("Find provider (Enter)");
        search.setOnAction(e -> find(search.getText()));
        depth.setId("graph-depth");
        depth.setPrefWidth(64);
        depth.setTooltip(new Tooltip("Depth for Expand"));
        dateOrdered.setId("graph-date-ordered");
        Button undo = button("graph-undo", "Undo", "Undo the last view change (Ctrl+Z)", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuButton export = new MenuButton("Export");
        export.setId("graph-export");
        for (String extension : List.of("png", "svg", "graphml", "dot")) {
            MenuItem item = new MenuItem(extension.toUpperCase(Locale.ROOT) + "…");
            item.setOnAction(e -> exportGraph(extension));
            export.getItems().add(item);
        }
        ToolBar first = new ToolBar(caseBox, layout, colour,
                button("graph-fit", "Fit", "Fit the graph to the window (F)", canvas::fit),
                button("graph-relayout", "Re-layout", "Lay out again; pinned nodes stay", () -> {
                    model.relayout();
                    canvas.fit();
                }),
                undo, new Separator(), search, new Separator(), export);
        ToolBar second = new ToolBar(new Label("Depth"), depth,
                button("graph-expand", "Expand", "Show neighbours of the selection to this depth (E)",
                        () -> model.expandSelected(depth.getValue())),
                button("graph-focus", "Focus", "Show only the selection", model::focusSelected),
                button("graph-hide", "Hide", "Hide the selection (Delete)", model::hideSelected),
                button("graph-show-all", "Show all", "Show every party again", model::showAll),
                button("graph-collapse", "Collapse", "Collapse the selection into one group", this::collapse),
                button("graph-ungroup", "Ungroup", "Open the selected groups", model::ungroupSelected),
                button("graph-unpin", "Unpin", "Let the selected nodes move again", model::unpinSelected),
                new Separator(),
                button("graph-path", "Path", "Highlight a path from the first to the second selected provider", this::path),
                dateOrdered);
        return new VBox(first, second);
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void shortcuts() {
        view.setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(event)) {
                model.undo();
            } else if (!(event.getTarget() instanceof TextField) && !event.isShortcutDown()) {
                switch (event.getCode()) {
                    case DELETE, BACK_SPACE -> model.hideSelected();
                    case F -> canvas.fit();
                    case E -> model.expandSelected(depth.getValue());
                    case ESCAPE -> model.selection().clear();
                    case PLUS, EQUALS, ADD -> zoomBy(1.25);
                    case MINUS, SUBTRACT -> zoomBy(0.8);
                    default -> {
                        return;
                    }
                }
            } else {
                return;
            }
            event.consume();
        });
    }

    private void zoomBy(double factor) {
        canvas.zoom(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
        canvas.redraw();
    }

    void find(String text) {
        int index = model.search(text);
        if (index < 0) {
            model.messageProperty().set("No provider matching \"" + text + "\" in this view");
            return;
        }
        model.selection().clear();
        model.selection().add(model.view().node(index).key());
        canvas.centreOn(index);
        model.messageProperty().set("Found " + model.view().node(index).label());
    }

    private void collapse() {
        if (model.selectedParties().size() < 2) {
            model.messageProperty().set("Select at least two parties to collapse");
            return;
        }
        TextInputDialog dialog = new TextInputDialog("Group");
        dialog.initOwner(context.owner().get());
        dialog.setTitle("Collapse group");
        dialog.setHeaderText("Name for the group of " + model.selectedParties().size() + " parties");
        dialog.showAndWait().ifPresent(model::collapseSelected);
    }

    private void path() {
        List<Long> chosen = new ArrayList<>();
        for (String key : model.selection()) {
            int index = model.view().indexOf(key);
            if (index >= 0 && !model.view().node(index).isGroup()) {
                chosen.add(model.view().node(index).party().id());
            }
        }
        if (chosen.size() != 2) {
            model.messageProperty().set("Select exactly two providers: from the first to the second");
            return;
        }
        model.highlightPath(chosen.get(0), chosen.get(1), dateOrdered.isSelected());
    }

    private void showDossier() {
        if (data == null || model.selection().size() != 1) {
            dossier.show(null);
            return;
        }
        int index = model.view().indexOf(model.selection().iterator().next());
        ViewGraph.Node node = index < 0 ? null : model.view().node(index);
        if (node == null || node.isGroup()) {
            dossier.show(null);
            return;
        }
        LocalDate since = dossier.since();
        Instant from = since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant();
        dossier.show(new Dossiers(data).of(node.party().id(), from));
    }

    private void refreshLegend() {
        if (model.style() == null) {
            return;
        }
        legend.getChildren().clear();
        for (Map.Entry<String, Integer> entry : model.style().legend()) {
            int rgb = entry.getValue();
            Circle dot = new Circle(5, Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
            legend.getChildren().add(new HBox(4, dot, new Label(entry.getKey())));
        }
        legend.getChildren().add(new Label("Size: traffic · width: traced calls"));
    }

    private void openCase(CaseFile caseFile) {
        if (caseFile == null) {
            return;
        }
        context.tasks().run(() -> summaryOf(caseFile.id()), summary -> summary.ifPresent(found -> {
            context.state().selectedCaseProperty().set(found);
            context.navigate().accept(ScreenId.CASES);
        }), error -> context.dialogs().error("The case could not be opened", error));
    }

    private Optional<CaseSummary> summaryOf(long caseId) {
        return context.workbench().cases().summaries().stream().filter(s -> s.caseFile().id() == caseId).findFirst();
    }

    private void newCase(ProviderDossier shown) {
        if (shown == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(shown.provider().name() + " (" + LocalDate.now(context.workbench().clock()).getYear() + ")");
        dialog.initOwner(context.owner().get());
        dialog.setTitle("New case");
        dialog.setHeaderText("A new case against " + shown.provider().name());
        Optional<String> title = dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
        if (title.isEmpty()) {
            return;
        }
        context.tasks().run(() -> createCase(shown, title), summary -> {
            summary.ifPresent(found -> context.state().selectedCaseProperty().set(found));
            context.navigate().accept(ScreenId.CASES);
        }, error -> context.dialogs().error("The case could not be opened", error));
    }

    /** Opens the case in the store; off the JavaFX thread. */
    private Optional<CaseSummary> createCase(ProviderDossier shown, Optional<String> title) {
        CaseFile created = NewCases.create(context.workbench(), title.get(), shown.provider().id());
        return summaryOf(created.id());
    }

    private void exportGraph(String extension) {
        if (model.view() == null) {
            return;
        }
        File file = chooseFile("Export graph", extension, slug(model.title()) + "." + extension);
        if (file == null) {
            return;
        }
        GraphPicture picture = model.picture();
        context.work().run(new Task<Path>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Writing " + file.getName() + "…");
                GraphFiles.write(picture, file.toPath(), context.workbench().tempFolder());
                return file.toPath();
            }
        }, path -> model.messageProperty().set("Exported " + path.getFileName()), this::failed);
    }

    private void exportDossier(ProviderDossier shown) {
        if (shown == null) {
            return;
        }
        File file = chooseFile("Export dossier", "csv", slug(shown.provider().name()) + "-dossier.csv");
        if (file == null) {
            return;
        }
        try {
            StagedFile.write(context.workbench().tempFolder(), file.toPath(), stream -> {
                try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                    new DossierCsv().write(shown, out);
                }
            });
            model.messageProperty().set("Exported " + file.getName());
        } catch (IOException e) {
            failed(e);
        }
    }

    private File chooseFile(String title, String extension, String suggested) {
        return context.dialogs().chooseSaveFile(title, suggested, List.of(Dialogs.FileType.of(
                extension.toUpperCase(Locale.ROOT) + " files", "*." + extension))).map(Path::toFile).orElse(null);
    }

    private void failed(Throwable error) {
        context.dialogs().error("Export failed", error);
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "graph" : slug;
    }
}
