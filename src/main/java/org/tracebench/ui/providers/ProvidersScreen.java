package org.tracebench.ui.providers;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tracebench.cases.ProviderCase;
import org.tracebench.graph.Neighbour;
import org.tracebench.model.EnforcementAction;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;
import org.tracebench.rmd.RmdImportReport;
import org.tracebench.ui.common.Screen;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.common.ScreenId;
import org.tracebench.ui.cases.Columns;

/**
 * Every provider and caller with its names, FRN, RMD standing, STIR/SHAKEN, contacts, cases and enforcement
 * history; RMD import, the review list of uncertain matches and the comparison of two snapshots.
 */
public final class ProvidersScreen implements Screen {

    private final ScreenContext context;
    private final ProvidersViewModel model;
    private final MergesViewModel merges;
    private final TableView<Provider> table = Columns.table("provider-table", "No providers yet.");
    private final Label name = new Label();
    private final Label aliases = wrapping("detail-aliases");
    private final Label status = wrapping("detail-rmd-status");
    private final Label rmdNumber = new Label();
    private final Label frn = new Label();
    private final Label foreign = new Label();
    private final Label stirShaken = new Label();
    private final Label contact = wrapping("detail-contact");
    private final Label emails = wrapping("detail-emails");
    private final VBox acceptedBox = new VBox(4);
    private final Label acceptedTitle = section("Accepted its traffic directly");
    private final Button reviewButton = new Button();
    private final VBox detail = new VBox(10);
    private final SplitPane view;

    public ProvidersScreen(ScreenContext context) {
        this.context = context;
        this.model = new ProvidersViewModel(context.workbench(), context.tasks(), context.dialogs());
        this.merges = new MergesViewModel(context.workbench(), context.tasks(), context.dialogs());
        table.getColumns().add(Columns.text("Name", p -> p.name() + (p.kind() == org.tracebench.model.PartyKind.CUSTOMER
                ? " (caller)" : ""), 200));
        table.getColumns().add(Columns.text("RMD", p -> Columns.label(p.rmdStatus()), 85));
        table.getColumns().add(Columns.text("RMD number", Provider::rmdNumber, 95));
        table.getColumns().add(Columns.text("FRN", Provider::frn, 90));
        table.getColumns().add(Columns.text("Foreign", p -> p.foreign() ? "yes" : "", 60));
        table.getColumns().add(Columns.text("STIR/SHAKEN", p -> Columns.label(p.stirShaken()), 100));
        table.getColumns().stream().skip(1).forEach(Columns::fixed);
        table.getColumns().get(0).setMinWidth(140);
        table.setItems(model.visibleProviders());
        model.keptSelection().table(table, Provider::id);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                model.selectedProperty().set(p);
            }
        });
        model.detailRevisionProperty().addListener((obs, old, revision) -> show(model.selectedProperty().get()));
        model.selectedProperty().addListener((obs, old, p) -> {
            if (p != null && table.getSelectionModel().getSelectedItem() != p) {
                table.getSelectionModel().select(p);
                table.scrollTo(p);
            }
        });
        model.statusTextProperty().addListener((obs, old, text) -> status.setText(text));
        view = new SplitPane(listPane(), detailPane());
        view.setDividerPositions(0.62);
        show(null);
        // Others' changes (a provider edited, an RMD import, a case naming it) read the list and detail again
        // while this screen is on view; otherwise when it is next shown (decision 0713).
        context.live().follow(view, poll -> {
            if (view.getScene() != null) {
                model.reload();
            }
        });
    }

    private VBox listPane() {
        Label title = new Label("Providers");
        title.getStyleClass().add("screen-title");
        TextField search = new TextField();
        search.setId("provider-search");
        search.setPromptText("Search any name, alias, FRN or RMD number");
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<RmdStatus> statusFilter = new ComboBox<>();
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(RmdStatus.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(RmdStatus s) {
                return s == null ? "Any RMD status" : Columns.label(s);
            }

            @Override
            public RmdStatus fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(null);
        statusFilter.valueProperty().bindBidirectional(model.statusFilterProperty());
        Button importButton = new Button("Import RMD export…", new FontIcon(Feather.UPLOAD));
        importButton.setId("rmd-import");
        importButton.setOnAction(e -> importRmd());
        reviewButton.setId("rmd-review");
        reviewButton.textProperty().bind(Bindings.format("Review matches (%d)", model.openReviewsProperty()));
        reviewButton.setOnAction(e -> new RmdReviewDialog(new RmdReviewViewModel(context.workbench(),
                context.tasks(), context.dialogs()), context.owner().get()).showAndWait()
                .ifPresent(changed -> onShow()));
        Button diffButton = new Button("Compare snapshots…");
        diffButton.setOnAction(e -> new SnapshotDiffDialog(new SnapshotDiffViewModel(
                context.workbench(), context.tasks(), context.dialogs()), context.owner().get()).showAndWait());
        Button mergesButton = new Button("Merges…");
        mergesButton.setId("show-merges");
        mergesButton.setTooltip(new Tooltip("Spellings merged into providers by imports and by hand; undo a merge"));
        mergesButton.setOnAction(e -> showMerges());
        javafx.scene.control.MenuItem mergeItem = new javafx.scene.control.MenuItem("Merge into…");
        mergeItem.setOnAction(e -> mergeSelected());
        table.setContextMenu(new javafx.scene.control.ContextMenu(mergeItem));
        HBox filters = new HBox(8, search, statusFilter);
        // Wraps onto a second line in a narrow window instead of cutting the button labels short.
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, importButton, reviewButton, diffButton,
                mergesButton);
        actions.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        VBox box = new VBox(8, title, filters, actions, table);
        box.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private ScrollPane detailPane() {
        name.getStyleClass().add("screen-title");
        name.setId("provider-name");
        name.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(110), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        int row = 0;
        for (Object[] pair : new Object[][] {{"Also known as", aliases}, {"RMD status", status}, {"RMD number", rmdNumber},
                {"FRN", frn}, {"Foreign", foreign}, {"STIR/SHAKEN", stirShaken}, {"Contact", contact}, {"E-mails", emails}}) {
            Label key = new Label((String) pair[0]);
            key.getStyleClass().add("detail-label");
            key.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, key, (Node) pair[1]);
        }
        Button mergeButton = new Button("Merge into…");
        mergeButton.setId("merge-into");
        mergeButton.setMinWidth(Region.USE_PREF_SIZE);
        mergeButton.setTooltip(new Tooltip("Merge this provider into another: its spellings become that one's aliases"));
        mergeButton.setOnAction(e -> mergeSelected());
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        Button editButton = new Button("Edit…");
        editButton.setId("edit-provider");
        editButton.setMinWidth(Region.USE_PREF_SIZE);
        editButton.setTooltip(new Tooltip("Edit the provider's name, FRN, country and contact"));
        editButton.setOnAction(e -> editSelected());
        HBox title = new HBox(8, name, editButton, mergeButton);
        title.setAlignment(Pos.TOP_LEFT);
        acceptedBox.setId("accepted-traffic");
        ListView<ProviderCase> casesList = wrappingList("provider-cases", "In no case.",
                c -> c.caseFile().title() + " — " + c.role(), 110);
        casesList.setItems(model.cases());
        casesList.setOnMouseClicked(e -> {
            ProviderCase chosen = casesList.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && chosen != null) {
                long caseId = chosen.caseFile().id();
                context.tasks().run(() -> context.workbench().cases().summaries().stream()
                        .filter(s -> s.caseFile().id() == caseId).findFirst(), found -> found.ifPresent(s -> {
                            context.state().selectedCaseProperty().set(s);
                            context.navigate().accept(ScreenId.CASES);
                        }), error -> context.dialogs().error("The case could not be opened", error));
            }
        });
        ListView<EnforcementAction> historyList = wrappingList("enforcement-history", "No enforcement action on file.",
                a -> Columns.DAY.format(a.date()) + " — " + a.kind().label()
                        + (a.fileNumber() == null ? "" : ", file " + a.fileNumber())
                        + Stream.of(a.issuedBy(), a.summary()).filter(x -> x != null && !x.isBlank())
                                .map(x -> " · " + x).reduce("", String::concat), 130);
        historyList.setItems(model.history());
        Button addAction = new Button("Add…", new FontIcon(Feather.PLUS));
        addAction.setId("add-enforcement");
        addAction.setOnAction(e -> addEnforcement());
        Button removeAction = new Button("Remove");
        // Notices sent on cases are listed here but belong to their case: only recorded actions can be removed.
        removeAction.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> historyList.getSelectionModel().getSelectedItem() == null
                        || historyList.getSelectionModel().getSelectedItem().id() == 0,
                historyList.getSelectionModel().selectedItemProperty()));
        removeAction.setOnAction(e -> removeEnforcement(historyList.getSelectionModel().getSelectedItem()));
        HBox historyHeader = new HBox(8, section("Enforcement history"), spacer(), addAction, removeAction);
        historyHeader.setAlignment(Pos.CENTER_LEFT);
        ListView<ProvidersViewModel.Filing> filingList = wrappingList("rmd-history", "Not in any imported RMD snapshot.",
                f -> (f.snapshot() == null ? "" : "Snapshot of " + Columns.DAY.format(f.snapshot().asOf()) + ": ")
                        + f.entry().record().rmdNumber() + " · " + f.entry().record().businessName()
                        + (f.entry().record().implementation() == null ? "" : " · " + f.entry().record().implementation())
                        + (f.entry().record().lastRecertified() == null ? " · never recertified"
                                : " · recertified " + Columns.DAY.format(f.entry().record().lastRecertified()))
                        + (f.entry().matchRule() == null ? "" : " (matched by " + f.entry().matchRule() + ")"), 110);
        filingList.setItems(model.filings());
        detail.getChildren().addAll(title, grid, acceptedTitle, acceptedBox, section("Cases"), casesList, historyHeader,
                historyList, section("RMD filings by snapshot"), filingList);
        detail.setPadding(new Insets(16));
        detail.setId("provider-detail");
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void show(Provider p) {
        detail.setDisable(p == null);
        if (p == null) {
            name.setText("No provider selected");
            Stream.of(aliases, status, rmdNumber, frn, foreign, stirShaken, contact, emails).forEach(l -> l.setText(""));
            acceptedBox.getChildren().clear();
            acceptedTitle.setVisible(false);
            acceptedTitle.setManaged(false);
            return;
        }
        name.setText(p.name());
        aliases.setText(p.aliases().isEmpty() ? "—" : String.join("; ", p.aliases()));
        status.setText(model.statusTextProperty().get());
        rmdNumber.setText(orDash(p.rmdNumber()));
        frn.setText(orDash(p.frn()));
        foreign.setText((p.foreign() ? "Yes" : "No") + (p.country() == null ? "" : " · " + p.country()));
        stirShaken.setText(Columns.label(p.stirShaken()));
        contact.setText(orDash(String.join("\n", Stream.of(p.contact().person(), p.contact().title(), p.contact().address(),
                p.contact().phone()).filter(s -> s != null && !s.isBlank()).toList())));
        emails.setText(p.contact().emails().isEmpty() ? "—" : String.join("\n", p.contact().emails()));
        boolean notListed = !p.rmdStatus().isListed() && p.kind() == org.tracebench.model.PartyKind.PROVIDER;
        acceptedTitle.setVisible(notListed);
        acceptedTitle.setManaged(notListed);
        acceptedBox.getChildren().clear();
        if (notListed) {
            List<Neighbour> accepted = model.acceptedTraffic();
            if (accepted.isEmpty()) {
                acceptedBox.getChildren().add(new Label("No traced call shows a provider taking its traffic."));
            }
            for (Neighbour n : accepted) {
                Label line = new Label("• " + n.provider().name() + " — " + n.tracedCalls() + " traced calls"
                        + (n.campaigns().isEmpty() ? "" : " (" + String.join(", ", n.campaigns()) + ")")
                        + (n.first() == null ? "" : ", " + n.first().toString().substring(0, 10) + " to "
                                + n.last().toString().substring(0, 10)));
                line.setWrapText(true);
                line.getStyleClass().add("accepted-traffic-line");
                acceptedBox.getChildren().add(line);
            }
        }
    }

    private void importRmd() {
        File file = context.dialogs().chooseOpenFile("Import an RMD export", List.of(
                org.tracebench.ui.common.Dialogs.FileType.of("RMD export (*.csv)", "*.csv", "*.CSV"), org.tracebench.ui.common.Dialogs.FileType.ALL))
                .map(java.nio.file.Path::toFile).orElse(null);
        if (file == null) {
            return;
        }
        RmdImportDialogs.askSnapshotDate(context.owner().get(), file.getName(), LocalDate.now(context.workbench().clock())).ifPresent(asOf -> runImport(file, asOf));
    }

    private void runImport(File file, LocalDate asOf) {
        context.work().run(new Task<RmdImportReport>() {
            @Override
            protected RmdImportReport call() {
                updateMessage("Importing the RMD export " + file.getName() + "…");
                updateProgress(-1, 1);
                return context.workbench().rmd().importer().importFile(file.toPath(), asOf);
            }
        }, report -> {
            onShow();
            RmdImportDialogs.showReport(context.owner().get(), report);
        }, error -> RmdImportDialogs.showError(context.owner().get(), error));
    }

    private void addEnforcement() {
        Provider p = model.selectedProperty().get();
        if (p != null) {
            new EnforcementDialog(p, context.owner().get(), LocalDate.now(context.workbench().clock())).showAndWait().ifPresent(action -> {
                context.tasks().run(() -> {
                    context.workbench().casework().editor().addEnforcementAction(action);
                    return true;
                }, done -> onShow(), error -> context.dialogs().error("The enforcement action could not be saved", error));
            });
        }
    }

    private void removeEnforcement(EnforcementAction action) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Remove the " + action.kind().label() + " of "
                + action.date() + " from the history? The audit log keeps a record.", ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(context.owner().get());
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            context.tasks().run(() -> {
                context.workbench().casework().editor().deleteEnforcementAction(action);
                return true;
            }, done -> onShow(), error -> removeRefused(error));
        }
    }

    /** A removal refused because someone else changed or removed the action meanwhile (decision 0709). */
    private void removeRefused(Throwable error) {
        if (error instanceof org.tracebench.model.DeleteConflictException refused
                && refused.conflict().theirs() instanceof EnforcementAction theirs) {
            if (context.dialogs().deleteAnyway(refused.conflict())) {
                context.tasks().run(() -> {
                    context.workbench().casework().editor().deleteEnforcementAction(theirs);
                    return true;
                }, done -> onShow(), this::removeRefused);
            } else {
                onShow();
            }
        } else if (error instanceof org.tracebench.model.AlreadyDeletedException gone) {
            context.dialogs().inform("Already removed", gone.getMessage() + "; the history is read again.");
            onShow();
        } else {
            context.dialogs().error("The enforcement action could not be removed", error);
        }
    }

    private void showMerges() {
        new MergesDialog(merges, context.owner().get()).showAndWait().filter(changed -> changed).ifPresent(changed -> onShow());
    }

    private void editSelected() {
        Provider read = model.selectedProperty().get();
        if (read != null) {
            ProviderDetailsDialog.ask(context.owner().get(), read).filter(edited -> !edited.equals(read))
                    .ifPresent(edited -> model.saveProvider(read, edited));
        }
    }

    private void mergeSelected() {
        Provider source = model.selectedProperty().get();
        if (source == null) {
            return;
        }
        new MergeTargetDialog(merges, source, context.owner().get()).showAndWait().ifPresent(target -> {
            try {
                Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, merges.mergeQuestion(source, target),
                        ButtonType.OK, ButtonType.CANCEL);
                confirm.initOwner(context.owner().get());
                confirm.setTitle("Merge providers");
                confirm.getDialogPane().setPrefWidth(560);
                confirm.setHeaderText("Merge \"" + source.name() + "\" into \"" + target.name() + "\"?");
                if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
                    merges.merge(source, target, merged -> {
                        onShow();
                        model.select(merged.id());
                    }, refused -> showRefusal(context.owner().get(), "Cannot merge", refused));
                }
            } catch (MergesViewModel.Refused refused) {
                showRefusal(context.owner().get(), "Cannot merge", refused);
            }
        });
    }

    /** A refused merge or undo: the reason in one sentence, no stack trace. */
    static void showRefusal(javafx.stage.Window owner, String title, MergesViewModel.Refused refused) {
        Alert alert = new Alert(Alert.AlertType.ERROR, refused.getMessage(), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    /** A list whose rows wrap instead of cutting text off: the detail pane is narrow. */
    private static <T> ListView<T> wrappingList(String id, String placeholder, java.util.function.Function<T, String> text,
                                                double height) {
        ListView<T> list = new ListView<>();
        list.setId(id);
        list.setPlaceholder(new Label(placeholder));
        list.setPrefHeight(height);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        return list;
    }

    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("detail-label");
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static Region spacer() {
        Region region = new Region();
        HBox.setHgrow(region, Priority.ALWAYS);
        return region;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void onShow() {
        model.reload(this::followSharedSelection);
    }

    /** Shows the provider another screen asked for, or keeps (or makes) a selection of this screen's own. */
    private void followSharedSelection() {
        reviewButton.setTooltip(new Tooltip("Uncertain matches from RMD imports, waiting for a decision"));
        Long wanted = context.state().selectedProviderProperty().get();
        if (wanted != null) {
            context.state().selectedProviderProperty().set(null);
            model.queryProperty().set("");
            model.statusFilterProperty().set(null);
            model.select(wanted);
        } else if (model.selectedProperty().get() == null && !model.visibleProviders().isEmpty()) {
            model.selectedProperty().set(model.visibleProviders().get(0));
        } else {
            show(model.selectedProperty().get());
        }
    }

    ProvidersViewModel model() {
        return model;
    }

    /** Looks for others' changes at once, as the window's timer would. */
    void lookForOthersChanges() {
        context.live().pollNow();
    }
}
