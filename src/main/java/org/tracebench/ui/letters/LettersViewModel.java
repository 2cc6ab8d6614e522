package org.tracebench.ui.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracebench.letters.AttachmentTable;
import org.tracebench.letters.Finding;
import org.tracebench.letters.LetterDocument;
import org.tracebench.letters.LetterDraft;
import org.tracebench.letters.LetterService;
import org.tracebench.letters.MarkupParser;
import org.tracebench.letters.TemplateException;
import org.tracebench.letters.TemplateParser;
import org.tracebench.model.CaseFile;

/**
 * The Letters screen's state and logic, testable without a stage: the chosen case, template and date, the
 * template text being edited (unsaved until saved), the findings as edited, and the draft built from them.
 */
public final class LettersViewModel {

    /** What a preview run produced: the PDF and the draft, or the error to show instead. */
    public record Preview(byte[] pdf, LetterDraft draft, String error) {
    }

    /**
     * Attachment rows laid out for the preview. A 10,000-row Attachment A takes seconds to set, too slow to
     * follow typing; the letter pages are exact, and the export always carries every row.
     */
    static final int PREVIEW_ROWS = 150;

    private final LetterService letters;
    private final ObjectProperty<CaseFile> caseFile = new SimpleObjectProperty<>();
    private final StringProperty template = new SimpleStringProperty("task-force-notice");
    private final ObjectProperty<LocalDate> letterDate = new SimpleObjectProperty<>();
    private final StringProperty templateSource = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();

    public LettersViewModel(LetterService letters) {
        this.letters = letters;
    }

    public LetterService letters() {
        return letters;
    }

    public ObjectProperty<CaseFile> caseFileProperty() {
        return caseFile;
    }

    public StringProperty templateProperty() {
        return template;
    }

    public ObjectProperty<LocalDate> letterDateProperty() {
        return letterDate;
    }

    public StringProperty templateSourceProperty() {
        return templateSource;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public List<String> templates() {
        return letters.templates().slugs();
    }

    /** Picks a case: its letter kind's template, its letter date, its findings. */
    public void selectCase(CaseFile selected) {
        caseFile.set(selected);
        if (selected == null) {
            findings.clear();
            return;
        }
        if (letters.templates().slugs().contains(selected.letterKind().slug())) {
            template.set(selected.letterKind().slug());
        }
        letterDate.set(selected.letterDate() != null ? selected.letterDate() : letters.today());
        loadTemplate();
        reloadFindings();
    }

    public void loadTemplate() {
        templateSource.set(letters.templates().source(template.get()));
    }

    public void reloadFindings() {
        findings.setAll(caseFile.get() == null ? List.of() : letters.findings(caseFile.get()));
    }

    /** Keeps an attorney's change to a finding (included, title, text) with the case. */
    public void editFinding(Finding edited) {
        letters.findingEdits().save(caseFile.get().id(), edited);
        int index = indexOf(edited.key());
        if (index >= 0) {
            findings.set(index, edited);
        }
    }

    /** Whether the template being edited prints this finding (the card says so when it does not). */
    public boolean templateUses(String findingKey) {
        try {
            return LetterService.templateUses(new TemplateParser().parse(template.get(), templateSource.get()), findingKey);
        } catch (TemplateException e) {
            return true;
        }
    }

    public List<String> callLabels(Finding finding) {
        return letters.callLabels(finding.supportingCallIds());
    }

    public void resetFinding(String key) {
        letters.findingEdits().reset(caseFile.get().id(), key);
        reloadFindings();
    }

    private int indexOf(String key) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Saves the edited template text as the user's copy; returns the error to show, or null. */
    public String saveTemplate() {
        try {
            letters.templates().save(template.get(), templateSource.get());
            status.set("Template saved.");
            return null;
        } catch (TemplateException | IllegalArgumentException e) {
            status.set(e.getMessage());
            return e.getMessage();
        }
    }

    /** Saves the edited text under a new name (letters, digits and dashes) and switches to it. */
    public String saveTemplateAs(String slug) {
        String name = slug == null ? "" : slug.trim();
        if (!name.matches("[a-z0-9][a-z0-9-]{1,60}")) {
            status.set("A template name uses lower-case letters, digits and dashes, e.g. my-notice.");
            return status.get();
        }
        String previous = template.get();
        template.set(name);
        String error = saveTemplate();
        if (error != null) {
            template.set(previous);
        }
        return error;
    }

    public void resetTemplate() {
        String slug = template.get();
        letters.templates().reset(slug);
        if (org.tracebench.letters.TemplateLibrary.BUILT_IN.contains(slug)) {
            status.set("Built-in template restored.");
        } else {
            template.set(caseFile.get() != null ? caseFile.get().letterKind().slug() : "task-force-notice");
            status.set("Template " + slug + " deleted.");
        }
        loadTemplate();
    }

    public Map<String, String> fields() {
        return caseFile.get() == null ? Map.of() : letters.fields().fieldsOf(caseFile.get());
    }

    public void saveField(String name, String value) {
        letters.fields().put(caseFile.get().id(), name, value);
    }

    /** Builds the draft from the current (possibly unsaved) template text and findings. */
    public LetterDraft draft() {
        return draftJob().get();
    }

    /** Like {@link #previewJob()}: the state is taken now, the draft is built when the supplier runs. */
    public java.util.function.Supplier<LetterDraft> draftJob() {
        CaseFile selected = caseFile.get();
        String slug = template.get();
        String source = templateSource.get();
        LocalDate date = letterDate.get();
        List<Finding> findingList = new ArrayList<>(findings);
        return () -> letters.draft(selected, new TemplateParser().parse(slug, source), date, findingList);
    }

    /** Renders the preview PDF; errors (template line, unknown citation) come back as text. */
    public Preview preview() {
        return previewJob().get();
    }

    /**
     * Takes the current state on the calling (FX) thread and returns the rendering work to run elsewhere, so
     * edits made while it runs cannot change what it reads half-way.
     */
    public java.util.function.Supplier<Preview> previewJob() {
        CaseFile selected = caseFile.get();
        String slug = template.get();
        String source = templateSource.get();
        LocalDate date = letterDate.get();
        List<Finding> findingList = List.copyOf(findings);
        return () -> render(selected, slug, source, date, findingList);
    }

    private Preview render(CaseFile selected, String slug, String source, LocalDate date, List<Finding> findingList) {
        if (selected == null) {
            return new Preview(null, null, "Choose a case to see its letter.");
        }
        try {
            LetterDraft draft = letters.draft(selected, new TemplateParser().parse(slug, source), date, findingList);
            LetterDocument document = letters.document(draft);
            AttachmentTable attachment = document.attachment();
            if (attachment != null && attachment.rows().size() > PREVIEW_ROWS) {
                document = new LetterDocument(document.title(), document.subject(), document.author(), document.blocks(),
                        document.footnotes(), new AttachmentTable(attachment.title() + " (preview: first " + PREVIEW_ROWS
                        + " of " + attachment.rows().size() + " rows)", attachment.header(),
                        attachment.rows().subList(0, PREVIEW_ROWS), attachment.widths()));
            }
            return new Preview(letters.render(document, LetterService.Format.PDF), draft, null);
        } catch (TemplateException | MarkupParser.MarkupException | IllegalArgumentException e) {
            return new Preview(null, null, e.getMessage());
        }
    }
}
