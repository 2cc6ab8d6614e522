package org.tracebench.ui.cases;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.tracebench.model.CaseFact;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseSummary;
import org.tracebench.ui.Fxml;
import org.tracebench.ui.Screen;
import org.tracebench.ui.ScreenContext;
import org.tracebench.ui.ScreenId;

/** The case list with search, and the detail of the selected case. */
public final class CasesScreen implements Screen {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final ScreenContext context;
    private final CasesViewModel model;
    private final Node view;

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
    @FXML private Label detailKind;
    @FXML private Label detailStatus;
    @FXML private Label detailOffice;
    @FXML private Label detailLetterDate;
    @FXML private Label detailSignatory;
    @FXML private Label detailRecipient;
    @FXML private Label detailCalls;
    @FXML private Label detailNotes;
    @FXML private ListView<CaseFact> factList;
    @FXML private Button openCallsButton;

    public CasesScreen(ScreenContext context) {
        this.context = context;
        this.model = new CasesViewModel(context.workbench());
        this.view = Fxml.load(this, "CasesScreen.fxml");
    }

    @FXML
    private void initialize() {
        idColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().caseFile().id()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().caseFile().title()));
        targetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().targetProviderName()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(label(c.getValue().caseFile().status().name())));
        callsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().tracedCalls()));
        caseTable.setItems(model.visibleCases());
        searchField.textProperty().bindBidirectional(model.queryProperty());
        caseTable.getSelectionModel().selectedItemProperty().addListener((obs, old, summary) -> {
            model.selectedProperty().set(summary);
            context.state().selectedCaseProperty().set(summary);
        });
        model.selectedProperty().addListener((obs, old, summary) -> showDetail(summary));
        factList.setItems(model.facts());
        factList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CaseFact fact, boolean empty) {
                super.updateItem(fact, empty);
                setText(empty || fact == null ? null
                        : (fact.date() == null ? "" : fact.date() + "  ") + fact.fact()
                                + (fact.source() == null ? "" : "  (" + fact.source() + ")"));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        openCallsButton.setOnAction(e -> context.navigate().accept(ScreenId.CALLS));
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
        model.reload();
        CaseSummary selected = model.selectedProperty().get();
        if (selected == null && !model.visibleCases().isEmpty()) {
            CaseSummary shared = context.state().selectedCase();
            caseTable.getSelectionModel().select(shared == null ? model.visibleCases().get(0)
                    : model.visibleCases().stream().filter(s -> s.caseFile().id() == shared.caseFile().id())
                            .findFirst().orElse(model.visibleCases().get(0)));
        } else if (selected != null) {
            caseTable.getSelectionModel().select(selected);
        }
    }

    private void showDetail(CaseSummary summary) {
        detailPane.setDisable(summary == null);
        if (summary == null) {
            detailTitle.setText("No case selected");
            for (Label label : new Label[] {detailTarget, detailKind, detailStatus, detailOffice, detailLetterDate,
                    detailSignatory, detailRecipient, detailCalls, detailNotes}) {
                label.setText("");
            }
            return;
        }
        CaseFile c = summary.caseFile();
        detailTitle.setText(c.title());
        detailTarget.setText(summary.targetProviderName());
        detailKind.setText(c.letterKind().label());
        detailStatus.setText(label(c.status().name()));
        detailOffice.setText(c.issuingOffice());
        detailLetterDate.setText(c.letterDate() == null ? "" : DATE.format(c.letterDate()));
        detailSignatory.setText(c.signatory());
        String recipient = String.join("\n", java.util.stream.Stream.of(c.recipient().person(), c.recipient().title(),
                c.recipient().address(), String.join(", ", c.recipient().emails()))
                .filter(s -> s != null && !s.isBlank()).toList());
        detailRecipient.setText(recipient);
        detailCalls.setText(summary.tracedCalls() + " traced calls");
        detailNotes.setText(c.notes());
    }

    private static String label(String enumName) {
        String lower = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    CasesViewModel model() {
        return model;
    }
}
