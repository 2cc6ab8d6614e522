package org.tracebench.ui.letters;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.tracebench.letters.LetterDraft;
import org.tracebench.letters.LetterField;
import org.tracebench.letters.LetterService;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseSummary;
import org.tracebench.ui.common.Screen;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.ScreenContext;

/**
 * Letters: pick a case and a template, review and edit the findings, the template text, the case's letter
 * fields and the citations, and watch the pages as they will print; export to PDF or DOCX (each export is
 * recorded as a notice on the case), one case or several at once.
 */
public final class LettersScreen implements Screen {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT_PDF = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT_DOCX = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final ScreenContext context;
    private final LettersViewModel model;
    private final BorderPane view = new BorderPane();
    private final ComboBox<CaseFile> caseBox = new ComboBox<>();
    private final ComboBox<String> templateBox = new ComboBox<>();
    private final DatePicker datePicker = new DatePicker();
    private final TextArea templateEditor = new TextArea();
    private final Label templateError = new Label();
    private final VBox findingsBox = new VBox(10);
    private final GridPane fieldsGrid = new GridPane();
    private final VBox pagesBox = new VBox(12);
    private final Label previewInfo = new Label();
    private final Label status = new Label();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(450));
    private final CitationsPane citations;
    private boolean previewRunning;
    private boolean previewAgain;
    private boolean loading;
    private final LettersLiveRefresh live;

    public LettersScreen(ScreenContext context) {
        this.context = context;
        this.model = new LettersViewModel(context.workbench(), context.tasks(), context.dialogs());
        this.citations = new CitationsPane(model.citations(), this::schedulePreview);
        caseBox.setId("letter-case");
        templateBox.setId("letter-template");
        templateEditor.setId("letter-template-editor");
        templateError.setId("letter-template-error");
        pagesBox.setId("letter-pages");
        previewInfo.setId("letter-preview-info");
        findingsBox.setId("letter-findings");
        view.setTop(toolbar());
        status.setPadding(new Insets(2, 8, 2, 8));
        view.setBottom(status);
        status.textProperty().bind(model.statusProperty());
        debounce.setOnFinished(e -> runPreview());
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        caseBox.valueProperty().addListener((obs, old, selected) -> {
            if (!loading && selected != null && (old == null || old.id() != selected.id())) {
                selectCase(selected);
            }
        });
        templateBox.valueProperty().addListener((obs, old, slug) -> {
            if (!loading && slug != null && !slug.equals(model.template().slugProperty().get())) {
                model.template().slugProperty().set(slug);
                model.template().load(() -> {
                    showFindings();
                    schedulePreview();
                });
            }
        });
        datePicker.valueProperty().addListener((obs, old, date) -> {
            if (!loading && date != null) {
                model.letterDateProperty().set(date);
                schedulePreview();
            }
        });
        templateEditor.textProperty().bindBidirectional(model.template().sourceProperty());
        templateEditor.textProperty().addListener((obs, old, text) -> schedulePreview());
        live = new LettersLiveRefresh(model, view, findingsBox, new LettersLiveRefresh.Screen() {
            @Override
            public void showFindings() {
                LettersScreen.this.showFindings();
            }

            @Override
            public void refreshCaseChoice() {
                LettersScreen.this.refreshCaseChoice();
            }

            @Override
            public void schedulePreview() {
                LettersScreen.this.schedulePreview();
            }

            @Override
            public void showTemplates() {
                LettersScreen.this.showTemplates();
            }

            @Override
            public void citationsSavedByOthers() {
                citations.othersSaved();
            }
        });
        live.follow(context.live());
        // The editors come after the follower: they hold its notice.
        SplitPane split = new SplitPane(editors(), preview());
        split.setDividerPositions(0.45);
        view.setCenter(split);
    }

    /** The case list follows others' titles; the chosen case stays chosen without being read again. */
    private void refreshCaseChoice() {
        CaseFile chosen = model.caseFileProperty().get();
        loading = true;
        org.tracebench.ui.common.InPlace.update(caseBox.getItems(), List.copyOf(model.cases()), CaseFile::id);
        if (chosen != null) {
            caseBox.getItems().stream().filter(c -> c.id() == chosen.id()).findFirst().ifPresent(caseBox::setValue);
        }
        loading = false;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void onShow() {
        model.load(() -> {
            loading = true;
            List<CaseFile> cases = List.copyOf(model.cases());
            caseBox.getItems().setAll(cases);
            templateBox.getItems().setAll(model.template().names());
            loading = false;
            CaseSummary selected = context.state().selectedCase();
            CaseFile wanted = selected != null ? selected.caseFile()
                    : model.caseFileProperty().get() != null ? model.caseFileProperty().get()
                    : cases.isEmpty() ? null : cases.get(0);
            if (wanted != null) {
                CaseFile match = cases.stream().filter(c -> c.id() == wanted.id()).findFirst().orElse(null);
                caseBox.setValue(match);
            }
        });
        citations.reload();
    }

    LettersViewModel model() {
        return model;
    }

    /** Looks for others' changes at once, as the window's timer would. */
    void lookForOthersChanges() {
        context.live().pollNow();
    }

    private void selectCase(CaseFile selected) {
        model.selectCase(selected, () -> {
            loading = true;
            templateBox.setValue(model.template().slugProperty().get());
            datePicker.setValue(model.letterDateProperty().get());
            loading = false;
            showFindings();
            showFields();
            schedulePreview();
        });
    }

    private ToolBar toolbar() {
        caseBox.setPrefWidth(300);
        caseBox.setCellFactory(list -> new CaseCell());
        caseBox.setButtonCell(new CaseCell());
        caseBox.setTooltip(new Tooltip("The case the letter is about"));
        templateBox.setTooltip(new Tooltip("The letter template"));
        datePicker.setPrefWidth(130);
        datePicker.setTooltip(new Tooltip("Letter date; deadlines count from it"));
        Button pdf = new Button("Export PDF…");
        pdf.setId("export-pdf");
        pdf.setTooltip(new Tooltip("Export this letter as PDF and record it on the case (Ctrl+E)"));
        pdf.setOnAction(e -> export(LetterService.Format.PDF));
        Button docx = new Button("Export DOCX…");
        docx.setTooltip(new Tooltip("Export this letter as DOCX for Word and record it on the case (Ctrl+Shift+E)"));
        docx.setOnAction(e -> export(LetterService.Format.DOCX));
        Button many = new Button("Several cases…");
        many.setId("export-several");
        many.setTooltip(new Tooltip("One letter per case with this template, e.g. warning letters to several providers"));
        many.setOnAction(e -> exportMany());
        Button officesButton = new Button("Office…");
        officesButton.setId("letter-offices");
        officesButton.setTooltip(new Tooltip("Offices & signatories: letterheads, who signs, and this case's office"));
        officesButton.setOnAction(e -> showOffices());
        return new ToolBar(new Label("Case"), caseBox, new Label("Template"), templateBox, new Label("Date"), datePicker,
                new Separator(Orientation.VERTICAL), pdf, docx, many, new Separator(Orientation.VERTICAL), officesButton);
    }

    private Node editors() {
        ScrollPane findingsScroll = new ScrollPane(findingsBox);
        findingsScroll.setFitToWidth(true);
        findingsBox.setPadding(new Insets(8));
        Tab findingsTab = new Tab("Findings", findingsScroll);

        templateEditor.setStyle("-fx-font-family: monospace;");
        templateEditor.setWrapText(true);
        templateError.setWrapText(true);
        templateError.getStyleClass().add("letters-error");
        templateError.setStyle("-fx-text-fill: #b00020;");
        Button save = new Button("Save template");
        save.setTooltip(new Tooltip("Keep this text as your copy of the template (Ctrl+S)"));
        save.setOnAction(e -> model.template().save());
        Button saveAs = new Button("Save as…");
        saveAs.setTooltip(new Tooltip("Keep this text as a new template of your own"));
        saveAs.setOnAction(e -> {
            javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(model.template().slugProperty().get() + "-copy");
            ask.initOwner(context.owner().get());
            ask.setHeaderText("Name of the new template (lower-case letters, digits, dashes)");
            ask.showAndWait().ifPresent(name -> model.template().saveAs(name, this::showTemplates));
        });
        Button reset = new Button("Reset to built-in");
        reset.setTooltip(new Tooltip("Drop your copy (for a template of your own: delete it)"));
        reset.setOnAction(e -> model.template().reset(() -> {
            showTemplates();
            schedulePreview();
        }));
        VBox templatePane = new VBox(6, new HBox(8, save, saveAs, reset), templateEditor, templateError);
        templatePane.setPadding(new Insets(8));
        VBox.setVgrow(templateEditor, Priority.ALWAYS);
        Tab templateTab = new Tab("Template", templatePane);

        fieldsGrid.setHgap(8);
        fieldsGrid.setVgap(6);
        fieldsGrid.setPadding(new Insets(8));
        ScrollPane fieldsScroll = new ScrollPane(fieldsGrid);
        fieldsScroll.setFitToWidth(true);
        Tab fieldsTab = new Tab("Letter fields", fieldsScroll);
        Tab citationsTab = new Tab("Citations", citations.view());

        TabPane tabs = new TabPane(findingsTab, templateTab, fieldsTab, citationsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return new VBox(4, live.notice(), tabs);
    }

    private void showTemplates() {
        loading = true;
        templateBox.getItems().setAll(model.template().names());
        templateBox.setValue(model.template().slugProperty().get());
        loading = false;
    }

    private Node preview() {
        pagesBox.setPadding(new Insets(12));
        pagesBox.setStyle("-fx-background-color: #8a8f98;");
        ScrollPane scroll = new ScrollPane(pagesBox);
        scroll.setFitToWidth(true);
        VBox box = new VBox(4, previewInfo, scroll);
        box.setPadding(new Insets(4));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return box;
    }

    private void showFindings() {
        findingsBox.getChildren().clear();
        if (model.findings().isEmpty()) {
            findingsBox.getChildren().add(new Label("The data support no findings for this case."));
        }
        model.findings().forEach(f -> findingsBox.getChildren().add(new FindingCard(f, model.template().uses(f.key()),
                model.callLabels(f), edited -> {
            if (live.discarding()) {
                return;
            }
            model.editFinding(edited);
            schedulePreview();
        }, key -> model.resetFinding(key, () -> {
            showFindings();
            schedulePreview();
        })).view()));
    }

    private void showFields() {
        fieldsGrid.getChildren().clear();
        Map<String, TextArea> fieldAreas = new java.util.HashMap<>();
        Map<String, String> values = new java.util.HashMap<>(model.fields());
        int row = 0;
        for (LetterField field : LetterField.values()) {
            Label label = new Label(field.key());
            label.setTooltip(new Tooltip(field.help()));
            TextArea value = new TextArea(values.getOrDefault(field.key(), ""));
            value.setPrefRowCount(field == LetterField.LETTERHEAD || field == LetterField.CC_ADDRESS
                    || field == LetterField.HEADER_RIGHT ? 3 : 1);
            value.setWrapText(true);
            value.setPromptText(field.help());
            value.focusedProperty().addListener((obs, was, now) -> {
                if (!now && !value.getText().equals(values.getOrDefault(field.key(), ""))) {
                    model.saveField(field.key(), value.getText());
                    values.put(field.key(), value.getText());
                    schedulePreview();
                }
            });
            value.setId("letter-field-" + field.key());
            fieldAreas.put(field.key(), value);
            GridPane.setHgrow(value, Priority.ALWAYS);
            fieldsGrid.addRow(row++, label, value);
        }
        live.fieldsShown(fieldAreas, values);
    }

    private void schedulePreview() {
        if (!loading) {
            debounce.playFromStart();
        }
    }

    private void runPreview() {
        if (previewRunning) {
            previewAgain = true;
            return;
        }
        previewRunning = true;
        // The pages are drawn in the same job: turning a PDF into images is too slow for the JavaFX thread.
        model.preview(preview -> preview.error() != null ? new PreviewPages(preview, List.of(), 0)
                : new PreviewPages(preview, PagePreview.render(preview.pdf(), 60, 12), PagePreview.pageCount(preview.pdf())),
                this::showPreview, error -> {
            previewRunning = false;
            templateError.setText(error.getMessage());
        });
    }

    /** A warning on the preview when the letter prints findings marked on their cards. */
    private static String marked(LetterDraft draft) {
        int marked = LetterService.illustrativeFindings(draft).size();
        return marked == 0 ? "" : " · ⚠ " + marked + (marked == 1 ? " finding" : " findings")
                + " not to be stated as fact (see the Findings tab)";
    }

    private record PreviewPages(LettersViewModel.Preview preview, List<BufferedImage> images, int pageCount) {
    }

    private void showPreview(PreviewPages pages) {
        previewRunning = false;
        if (pages.preview().error() != null) {
            templateError.setText(pages.preview().error());
            previewInfo.setText("Preview not updated: " + pages.preview().error());
        } else {
            templateError.setText("");
            pagesBox.getChildren().clear();
            for (BufferedImage image : pages.images()) {
                ImageView page = new ImageView(SwingFXUtils.toFXImage(image, null));
                page.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 6, 0, 0, 2);");
                pagesBox.getChildren().add(page);
            }
            LetterDraft draft = pages.preview().draft();
            String deadlines = String.join("; ", draft.deadlines().stream()
                    .map(d -> d.rule().key() + " " + d.written()).toList());
            previewInfo.setText(pages.pageCount() + " pages" + (pages.pageCount() > pages.images().size()
                    ? " (first " + pages.images().size() + " shown)" : "") + " · deadlines: " + deadlines
                    + marked(draft));
        }
        if (previewAgain) {
            previewAgain = false;
            runPreview();
        }
    }

    private void export(LetterService.Format format) {
        CaseFile caseFile = model.caseFileProperty().get();
        if (caseFile == null) {
            model.statusProperty().set("Choose a case first.");
            return;
        }
        String extension = format == LetterService.Format.PDF ? "pdf" : "docx";
        Path file = context.dialogs().chooseSaveFile(null, (caseFile.key() == null ? "case-" + caseFile.id() : caseFile.key()) + "-"
                + model.template().slugProperty().get() + "." + extension,
                List.of(Dialogs.FileType.of(extension.toUpperCase() + " files", "*." + extension))).orElse(null);
        if (file != null) {
            model.export(format, file);
        }
    }

    /** The offices editor for the case shown; the preview is redrawn when it closes. */
    private void showOffices() {
        OfficesDialog dialog = new OfficesDialog(new OfficesViewModel(context.workbench().letters().offices(),
                context.tasks(), context.dialogs(), caseBox.getValue()), context.owner().get());
        dialog.setOnHidden(e -> schedulePreview());
        dialog.show();
    }

    private void exportMany() {
        CasePickerDialog.Choice choice = new CasePickerDialog(caseBox.getItems(), model.template().slugProperty().get())
                .pick(context.owner().get());
        if (choice.cases().isEmpty()) {
            return;
        }
        context.dialogs().chooseFolder("Folder for the letters")
                .ifPresent(dir -> model.exportMany(choice.cases(), dir, choice.format()));
    }

    private void shortcut(KeyEvent event) {
        if (SAVE.match(event)) {
            model.template().save();
            event.consume();
        } else if (EXPORT_DOCX.match(event)) {
            export(LetterService.Format.DOCX);
            event.consume();
        } else if (EXPORT_PDF.match(event)) {
            export(LetterService.Format.PDF);
            event.consume();
        }
    }

    private static final class CaseCell extends ListCell<CaseFile> {
        @Override
        protected void updateItem(CaseFile item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
        }
    }
}
