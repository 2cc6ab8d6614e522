package org.tracebench.ui.letters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracebench.app.Workbench;
import org.tracebench.letters.AttachmentTable;
import org.tracebench.letters.Finding;
import org.tracebench.letters.LetterDocument;
import org.tracebench.letters.LetterDraft;
import org.tracebench.letters.LetterService;
import org.tracebench.letters.MarkupParser;
import org.tracebench.letters.TemplateException;
import org.tracebench.letters.TemplateParser;
import org.tracebench.model.CaseFile;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.InPlace;
import org.tracebench.ui.common.TaskRunner;

/**
 * The Letters screen's state and logic, testable without a stage: the chosen case and date, the findings as
 * edited, the letter fields, and the draft built from them with the template being edited (its own
 * {@link TemplateViewModel}, as the citation library has {@link CitationsViewModel}).
 * Every read and write of the store runs through the {@link TaskRunner}; what the screen shows (findings,
 * their traced calls, the letter fields) is kept here once read.
 */
public final class LettersViewModel {

    /** What a preview run produced: the PDF and the draft, or the error to show instead. */
    public record Preview(byte[] pdf, LetterDraft draft, String error) {
    }

    /** Everything shown of one case, read in one job. */
    private record CaseRead(List<String> slugs, String template, String source, List<Finding> findings,
            Map<String, List<String>> labels, Map<String, String> fields) {
    }

    private record FindingsRead(List<Finding> findings, Map<String, List<String>> labels) {
    }

    private record Listing(List<CaseFile> cases, List<String> slugs) {
    }

    /**
     * Attachment rows laid out for the preview. A 10,000-row Attachment A takes seconds to set, too slow to
     * follow typing; the letter pages are exact, and the export always carries every row.
     */
    static final int PREVIEW_ROWS = 150;

    private final Workbench workbench;
    private final LetterService letters;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final ObjectProperty<CaseFile> caseFile = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> letterDate = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<CaseFile> cases = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final TemplateViewModel template;
    private final CitationsViewModel citations;
    private Map<String, List<String>> callLabels = Map.of();
    private Map<String, String> fields = new LinkedHashMap<>();
    /** Counts case choices, so the answer to one the user has moved on from is dropped. */
    private long caseChoices;

    public LettersViewModel(Workbench workbench, TaskRunner tasks, Dialogs dialogs) {
        this.workbench = workbench;
        this.letters = workbench.letters();
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.template = new TemplateViewModel(letters, tasks, dialogs, status,
                () -> caseFile.get() != null ? caseFile.get().letterKind().slug() : "task-force-notice");
        this.citations = new CitationsViewModel(letters, tasks, dialogs);
    }

    public ObjectProperty<CaseFile> caseFileProperty() {
        return caseFile;
    }

    public ObjectProperty<LocalDate> letterDateProperty() {
        return letterDate;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The cases a letter can be written for, as last read by {@link #load}. */
    public ObservableList<CaseFile> cases() {
        return cases;
    }

    /** The template being edited and the template names (the Template tab). */
    public TemplateViewModel template() {
        return template;
    }

    /** The citation library's own view model (the Citations tab). */
    public CitationsViewModel citations() {
        return citations;
    }

    /** Reads the cases and the template names, then runs {@code then}. */
    public void load(Runnable then) {
        tasks.run(() -> new Listing(workbench.cases().findAll(), letters.templates().slugs()), read -> {
            cases.setAll(read.cases());
            template.names().setAll(read.slugs());
            then.run();
        }, error -> dialogs.error("The cases could not be read", error));
    }

    /** Picks a case: its letter kind's template, its letter date, its findings. */
    public void selectCase(CaseFile selected) {
        selectCase(selected, () -> { });
    }

    /** Like {@link #selectCase(CaseFile)}; {@code then} runs once the case's findings and fields are shown. */
    public void selectCase(CaseFile selected, Runnable then) {
        long choice = ++caseChoices;
        long templateChoice = template.choose();
        if (selected == null) {
            caseFile.set(null);
            findings.clear();
            callLabels = Map.of();
            fields = new LinkedHashMap<>();
            then.run();
            return;
        }
        String current = template.slugProperty().get();
        tasks.run(() -> {
            List<String> slugs = letters.templates().slugs();
            String slug = slugs.contains(selected.letterKind().slug()) ? selected.letterKind().slug() : current;
            FindingsRead read = readFindings(selected);
            return new CaseRead(slugs, slug, letters.templates().source(slug), read.findings(), read.labels(),
                    letters.fields().fieldsOf(selected));
        }, read -> {
            if (choice != caseChoices) {
                return;
            }
            caseFile.set(selected);
            template.names().setAll(read.slugs());
            // A template the user picked while the case was being read stays picked.
            if (template.stillChosen(templateChoice)) {
                template.slugProperty().set(read.template());
                template.showStored(read.source());
            }
            letterDate.set(selected.letterDate() != null ? selected.letterDate() : letters.today());
            callLabels = read.labels();
            findings.setAll(read.findings());
            fields = new LinkedHashMap<>(read.fields());
            then.run();
        }, error -> dialogs.error("The case's letter could not be read", error));
    }

    /** The chosen case and what its letter shows, as stored now. */
    private record CaseAgain(List<CaseFile> cases, FindingsRead findings, Map<String, String> fields) {
    }

    /**
     * Whether others' changes bear on the chosen case's letter: the case itself (its record, facts, letters,
     * office), a call (the findings count them) or a provider (the findings quote its RMD status).
     */
    public boolean concernsChosenCase(org.tracebench.cases.CaseChanges.Poll poll) {
        CaseFile chosen = caseFile.get();
        return chosen != null && (poll.cases().contains(chosen.id()) || !poll.calls().isEmpty()
                || !poll.providers().isEmpty());
    }

    /**
     * Reads the chosen case, its findings and letter fields again after others' changes (decision 0713); the
     * template text being edited and the letter date are not touched. {@code then} is told whether the findings
     * differ from those shown; they are replaced in this list only then.
     */
    public void readAgain(Consumer<Boolean> then) {
        CaseFile chosen = caseFile.get();
        if (chosen == null) {
            return;
        }
        long choice = caseChoices;
        tasks.run(() -> {
            CaseFile now = workbench.cases().find(chosen.id()).orElse(chosen);
            return new CaseAgain(workbench.cases().findAll(), readFindings(now), letters.fields().fieldsOf(now));
        }, read -> {
            if (choice != caseChoices) {
                return;
            }
            InPlace.update(cases, read.cases(), CaseFile::id);
            read.cases().stream().filter(c -> c.id() == chosen.id()).findFirst().ifPresent(caseFile::set);
            fields = new LinkedHashMap<>(read.fields());
            boolean changed = !read.findings().findings().equals(List.copyOf(findings));
            if (changed) {
                callLabels = read.findings().labels();
                findings.setAll(read.findings().findings());
            }
            then.accept(changed);
        }, error -> dialogs.error("The case's letter could not be read", error));
    }

    public void reloadFindings() {
        reloadFindings(() -> { });
    }

    public void reloadFindings(Runnable then) {
        CaseFile selected = caseFile.get();
        if (selected == null) {
            findings.clear();
            then.run();
            return;
        }
        tasks.run(() -> readFindings(selected), read -> {
            if (selected.equals(caseFile.get())) {
                callLabels = read.labels();
                findings.setAll(read.findings());
                then.run();
            }
        }, error -> dialogs.error("The findings could not be read", error));
    }

    private FindingsRead readFindings(CaseFile selected) {
        List<Finding> found = letters.findings(selected);
        Map<String, List<String>> labels = new HashMap<>();
        found.forEach(f -> labels.put(f.key(), letters.callLabels(f.supportingCallIds())));
        return new FindingsRead(found, labels);
    }

    /** Keeps an attorney's change to a finding (included, title, text) with the case. */
    public void editFinding(Finding edited) {
        long caseId = caseFile.get().id();
        // The list changes at once: the preview follows the edit without waiting for the save.
        int index = indexOf(edited.key());
        if (index >= 0) {
            findings.set(index, edited);
        }
        tasks.run(() -> {
            letters.findingEdits().save(caseId, edited);
            return true;
        }, done -> { }, error -> {
            dialogs.error("The finding could not be saved", error);
            reloadFindings();
        });
    }

    /** The traced calls behind a finding, as read with the findings. */
    public List<String> callLabels(Finding finding) {
        return callLabels.getOrDefault(finding.key(), List.of());
    }

    public void resetFinding(String key) {
        resetFinding(key, () -> { });
    }

    public void resetFinding(String key, Runnable then) {
        CaseFile selected = caseFile.get();
        tasks.run(() -> {
            letters.findingEdits().reset(selected.id(), key);
            return readFindings(selected);
        }, read -> {
            if (selected.equals(caseFile.get())) {
                callLabels = read.labels();
                findings.setAll(read.findings());
                then.run();
            }
        }, error -> dialogs.error("The finding could not be reset", error));
    }

    private int indexOf(String key) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The case's letter fields, as read with the case. */
    public Map<String, String> fields() {
        return caseFile.get() == null ? Map.of() : new LinkedHashMap<>(fields);
    }

    public void saveField(String name, String value) {
        long caseId = caseFile.get().id();
        fields.put(name, value);
        tasks.run(() -> {
            letters.fields().put(caseId, name, value);
            return true;
        }, done -> { }, error -> dialogs.error("The letter field could not be saved", error));
    }

    /** Builds the draft from the current (possibly unsaved) template text and findings. */
    public LetterDraft draft() {
        return draftJob().get();
    }

    /** Like {@link #previewJob()}: the state is taken now, the draft is built when the supplier runs. */
    public Supplier<LetterDraft> draftJob() {
        CaseFile selected = caseFile.get();
        String slug = template.slugProperty().get();
        String source = template.sourceProperty().get();
        LocalDate date = letterDate.get();
        List<Finding> findingList = new ArrayList<>(findings);
        return () -> letters.draft(selected, new TemplateParser().parse(slug, source), date, findingList);
    }

    /** Renders the preview PDF; errors (template line, unknown citation) come back as text. */
    public Preview preview() {
        return previewJob().get();
    }

    /**
     * Renders the preview away from the user interface thread; {@code then} turns it into what the screen
     * shows (page images) in the same job, and {@code shown} gets that back on the user interface thread.
     */
    public <T> void preview(Function<Preview, T> then, Consumer<T> shown, Consumer<Throwable> failed) {
        Supplier<Preview> job = previewJob();
        tasks.runWithProgress("Laying out the letter…", progress -> then.apply(job.get()), shown, failed);
    }

    /**
     * Takes the current state on the calling (FX) thread and returns the rendering work to run elsewhere, so
     * edits made while it runs cannot change what it reads half-way.
     */
    public Supplier<Preview> previewJob() {
        CaseFile selected = caseFile.get();
        String slug = template.slugProperty().get();
        String source = template.sourceProperty().get();
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
                        attachment.rows().subList(0, PREVIEW_ROWS), attachment.widths()), document.letterhead());
            }
            return new Preview(letters.render(document, LetterService.Format.PDF), draft, null);
        } catch (TemplateException | MarkupParser.MarkupException | IllegalArgumentException e) {
            return new Preview(null, null, e.getMessage());
        }
    }

    /** Exports the letter as the attorney sees it now and records it on the case. */
    public void export(LetterService.Format format, Path file) {
        if (caseFile.get() == null) {
            status.set("Choose a case first.");
            return;
        }
        String source = template.sourceProperty().get();
        List<Finding> illustrative = findings.stream().filter(f -> f.included() && f.illustrativeReason().isPresent()
                && source != null && LetterService.templateUses(source, f.key())).toList();
        if (!illustrative.isEmpty() && !dialogs.confirm("Findings rest on illustrative records",
                illustrative.size() + (illustrative.size() == 1 ? " finding rests" : " findings rest")
                + " on records the data marks as illustrative (sample data) or on cells that could not be read, and the"
                + " letter would state "
                + (illustrative.size() == 1 ? "it" : "them") + " as fact:\n\n"
                + String.join("\n", illustrative.stream().map(f -> "• " + f.title() + " — "
                        + f.illustrativeReason().orElse("")).toList())
                + "\n\nWrite the letter anyway? The notice will record it.")) {
            status.set("Export cancelled: " + illustrative.size() + " illustrative "
                    + (illustrative.size() == 1 ? "finding" : "findings") + " not allowed.");
            return;
        }
        Supplier<LetterDraft> draft = draftJob();
        tasks.runWithProgress("Exporting " + file.getFileName() + "…", progress -> letters.export(draft.get(), file, true),
                done -> status.set("Saved " + done.file().getFileName() + "; notice recorded, "
                        + done.deadlinesAdded().size() + " deadlines added; the notice lists "
                        + done.notice().sources().size() + (done.notice().sources().size() == 1 ? " source." : " sources.")),
                error -> status.set("Export failed: " + error.getMessage()));
    }

    /** One PDF letter per chosen case with the chosen template, into {@code dir}. */
    public void exportMany(List<CaseFile> chosen, Path dir) {
        exportMany(chosen, dir, LetterService.Format.PDF);
    }

    /**
     * One letter per chosen case with the chosen template, into {@code dir}, as batch mode writes them; see
     * {@link SeveralLettersExport}.
     */
    public void exportMany(List<CaseFile> chosen, Path dir, LetterService.Format format) {
        new SeveralLettersExport(letters, tasks, dialogs, status::set).export(chosen, template.slugProperty().get(), dir, format);
    }
}
