package org.tracebench.ui.cases;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.tracebench.model.CaseSummary;
import org.tracebench.ui.common.Fxml;
import org.tracebench.ui.common.Screen;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.common.ScreenId;

/**
 * The case list with search, and the selected case in tabs: its editable details, letters and responses,
 * deadlines, fact chronology and an overview in charts.
 */
public final class CasesScreen implements Screen {

    private final ScreenContext context;
    private final CasesViewModel model;
    private final Node view;
    private CaseDetailsForm detailsForm;
    private CaseOverviewPane overviewPane;
    private org.tracebench.ui.common.ChangePoller poller;
    /** Someone else wrote while this screen was not on view: read again when it is. */
    private boolean othersWroteUnseen;
    private boolean onServer;

    @FXML private TextField searchField;
    @FXML private TableView<CaseSummary> caseTable;
    @FXML private TableColumn<CaseSummary, Long> idColumn;
    @FXML private TableColumn<CaseSummary, String> titleColumn;
    @FXML private TableColumn<CaseSummary, String> targetColumn;
    @FXML private TableColumn<CaseSummary, String> statusColumn;
    @FXML private TableColumn<CaseSummary, Integer> callsColumn;
    @FXML private VBox detailPane;
    @FXML private Label detailTitle;
    @FXML private Label detailTarget;
    @FXML private Label detailStatus;
    @FXML private Label detailCalls;
    @FXML private Button openCallsButton;
    @FXML private Button exportButton;
    @FXML private Button newCaseButton;
    @FXML private Tab detailsTab;
    @FXML private Tab lettersTab;
    @FXML private Tab deadlinesTab;
    @FXML private Tab chronologyTab;
    @FXML private Tab overviewTab;

    public CasesScreen(ScreenContext context) {
        this.context = context;
        this.model = new CasesViewModel(context.workbench(), context.tasks(), context.dialogs());
        this.view = Fxml.load(this, "CasesScreen.fxml");
        poller.follow(view, poll -> othersWrote());
        ((javafx.scene.Parent) view).getStylesheets().add(CasesScreen.class.getResource("cases.css").toExternalForm());
    }

    @FXML
    private void initialize() {
        idColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().caseFile().id()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().caseFile().title()));
        targetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().targetProviderName()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Columns.label(c.getValue().caseFile().status())));
        callsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().tracedCalls()));
        caseTable.setItems(model.visibleCases());
        searchField.textProperty().bindBidirectional(model.queryProperty());
        caseTable.getSelectionModel().selectedItemProperty().addListener((obs, old, summary) -> {
            if (summary != null || model.visibleCases().isEmpty()) {
                model.selectedProperty().set(summary);
                context.state().selectedCaseProperty().set(summary);
            }
        });
        model.selectedProperty().addListener((obs, old, summary) -> {
            showDetail(summary);
            // The list is read again after every change: keep the table's selection on the model's.
            if (summary != null && summary != caseTable.getSelectionModel().getSelectedItem()) {
                caseTable.getSelectionModel().select(summary);
            }
        });

        Runnable changed = this::afterEdit;
        detailsForm = new CaseDetailsForm(model, context, changed);
        detailsTab.setContent(detailsForm.view());
        // A database file on this computer has one user (the file is locked): nobody else's changes to look for.
        onServer = !context.workbench().location().isEmbedded();
        poller = context.live();
        if (onServer) {
            detailsForm.addToButtons(liveControls());
        }
        lettersTab.setContent(new CaseLettersPane(model, context, changed).view());
        deadlinesTab.setContent(new CaseDeadlinesPane(model, context, changed).view());
        chronologyTab.setContent(new CaseChronologyPane(model, context, changed).view());
        overviewPane = new CaseOverviewPane(model);
        overviewTab.setContent(overviewPane.view());
        overviewTab.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                overviewPane.refresh();
            }
        });
        openCallsButton.setOnAction(e -> context.navigate().accept(ScreenId.CALLS));
        exportButton.setTooltip(new javafx.scene.control.Tooltip("Export this case's traced calls as an Attachment A workbook (Ctrl+Shift+X)"));
        exportButton.setOnAction(e -> new org.tracebench.ui.sheets.ExportAttachmentAction(context)
                .exportCase(context.state().selectedCase()));
        exportButton.disableProperty().bind(context.state().selectedCaseProperty().isNull()
                .or(context.work().runningProperty()));
        newCaseButton.setOnAction(e -> newCase());
        searchField.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        searchField::requestFocus);
            }
        });
        showDetail(null);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void onShow() {
        if (othersWroteUnseen) {
            othersWroteUnseen = false;
            model.reload(this::followSharedSelection);
        } else {
            model.reloadIfChanged(this::followSharedSelection);
        }
        if (onServer) {
            // Others may have written while another screen was showing (the timer stops then): look at once.
            poller.pollNow();
        }
    }

    /**
     * Someone (perhaps this user, in another screen) wrote to the store: the list and the open case are read
     * again; the details form keeps what the user is typing (see {@link CaseDetailsForm#refresh}).
     */
    private void othersWrote() {
        if (view.getScene() == null) {
            othersWroteUnseen = true;
            return;
        }
        model.reload(() -> {
            if (overviewTab.isSelected()) {
                overviewPane.refresh();
            }
        });
    }

    /** How often to look for others' changes (remembered), and a button to look now. */
    private Node liveControls() {
        javafx.scene.control.ChoiceBox<Integer> every = new javafx.scene.control.ChoiceBox<>();
        every.setId("live-poll-seconds");
        every.getItems().setAll(5, 15, 60, 0);
        if (!every.getItems().contains(poller.seconds())) {
            every.getItems().add(0, poller.seconds());
        }
        every.setConverter(CaseDetailsForm.converter(s -> s == 0 ? "On request" : s < 60 ? "Every " + s + " s"
                : "Every " + s / 60 + " min"));
        every.setValue(poller.seconds());
        every.valueProperty().addListener((obs, old, seconds) -> {
            if (seconds != null) {
                poller.setSeconds(seconds);
                context.settings().saveLivePollSeconds(seconds);
                context.settings().flush();
            }
        });
        every.setTooltip(new javafx.scene.control.Tooltip("How often this screen looks for changes saved by others"
                + " on the server"));
        every.setPrefWidth(118);
        every.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button now = new Button("", new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.REFRESH_CW));
        now.setId("live-check-now");
        now.setTooltip(new javafx.scene.control.Tooltip("Look for others' changes now"));
        now.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        now.setOnAction(e -> poller.pollNow());
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(4, every, now);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** Shows the case chosen on another screen, or keeps (or makes) a selection of this screen's own. */
    private void followSharedSelection() {
        CaseSummary shared = context.state().selectedCase();
        CaseSummary selected = model.selectedProperty().get();
        if (shared != null && (selected == null || selected.caseFile().id() != shared.caseFile().id())) {
            model.queryProperty().set("");
            model.visibleCases().stream().filter(s -> s.caseFile().id() == shared.caseFile().id()).findFirst()
                    .ifPresent(s -> caseTable.getSelectionModel().select(s));
        } else if (selected == null && !model.visibleCases().isEmpty()) {
            caseTable.getSelectionModel().select(model.visibleCases().get(0));
        } else if (selected != null) {
            caseTable.getSelectionModel().select(selected);
        }
        if (overviewTab.isSelected()) {
            overviewPane.refresh();
        }
    }

    private void newCase() {
        new NewCaseDialog(model.takenKeys(), List.copyOf(model.providers()), model::proposeKey, context.owner().get(), model.clock()).showAndWait()
                .ifPresent(draft -> model.create(draft, created -> { }));
    }

    /** After a change saved by a tab (the model has read the case again by then). */
    private void afterEdit() {
        CaseSummary selected = model.selectedProperty().get();
        if (selected != null) {
            caseTable.getSelectionModel().select(selected);
            showDetail(selected);
        }
        if (overviewTab.isSelected()) {
            overviewPane.refresh();
        }
    }

    private void showDetail(CaseSummary summary) {
        detailPane.setDisable(summary == null);
        if (summary == null) {
            detailTitle.setText("No case selected");
            detailTarget.setText("");
            detailStatus.setText("");
            detailCalls.setText("");
        } else {
            detailTitle.setText(summary.caseFile().title());
            detailTarget.setText(summary.targetProviderName() == null ? "" : summary.targetProviderName());
            detailStatus.setText(Columns.label(summary.caseFile().status()));
            detailCalls.setText(summary.tracedCalls() + " traced calls");
        }
        detailsForm.refresh(summary == null ? null : summary.caseFile());
    }

    /** Looks for others' changes at once, as the timer would. */
    void lookForOthersChanges() {
        poller.pollNow();
    }

    CasesViewModel model() {
        return model;
    }
}
