package org.tracebench.ui.letters;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracebench.letters.LetterService;
import org.tracebench.letters.TemplateException;
import org.tracebench.letters.TemplateLibrary;
import org.tracebench.letters.TemplateParser;
import org.tracebench.letters.TemplateText;
import org.tracebench.model.EditConflict;
import org.tracebench.model.EditConflictException;
import org.tracebench.ui.common.ConflictDialog;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.InPlace;
import org.tracebench.ui.common.TaskRunner;

/**
 * The letter template as the Letters screen's Template tab edits it: which template is chosen, its text as
 * typed (unsaved until saved), the text it was read as (what a save says it was made from, decision 0706),
 * and the template names. Apart from the letter's case and findings because templates are shared by every
 * case and their saves and resets have their own conflicts to resolve.
 */
public final class TemplateViewModel {

    private record TemplatesRead(List<String> slugs, String template, String source) {
    }

    private final LetterService letters;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final StringProperty status;
    /** The template a reset of the user's own falls back to (the chosen case's kind of letter). */
    private final Supplier<String> fallback;
    private final StringProperty template = new SimpleStringProperty("task-force-notice");
    private final StringProperty templateSource = new SimpleStringProperty("");
    /** The chosen template's text as last read from the store: what a save says it was made from. */
    private String templateBase;
    private final ObservableList<String> templates = FXCollections.observableArrayList();
    /** Counts template choices, so the answer to one the user has moved on from is dropped. */
    private long choices;

    TemplateViewModel(LetterService letters, TaskRunner tasks, Dialogs dialogs, StringProperty status,
            Supplier<String> fallback) {
        this.letters = letters;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.fallback = fallback;
    }

    /** The chosen template's name. */
    public StringProperty slugProperty() {
        return template;
    }

    /** The chosen template's text as shown and typed. */
    public StringProperty sourceProperty() {
        return templateSource;
    }

    /** The template names, as last read. */
    public ObservableList<String> names() {
        return templates;
    }

    /** A new choice of template is being read: answers to earlier choices are dropped from now on. */
    long choose() {
        return ++choices;
    }

    /** Whether {@code choice} is still the latest. */
    boolean stillChosen(long choice) {
        return choice == choices;
    }

    /** Shows {@code source} as the chosen template's stored text. */
    void showStored(String source) {
        templateBase = source;
        templateSource.set(source);
    }

    /**
     * Reads the template names and the chosen template's text again after others saved or reset a template
     * (decision 0720). Text the user has not changed takes the stored one; text being edited stays, and its save
     * is checked against what was read (decision 0706). {@code then} is told whether others' text was left aside
     * for the user's.
     */
    public void readAgain(Consumer<Boolean> then) {
        long choice = choices;
        String slug = template.get();
        tasks.run(() -> new TemplatesRead(letters.templates().slugs(), slug, letters.templates().currentText(slug)), read -> {
            InPlace.update(templates, read.slugs(), s -> s);
            if (choice != choices || !slug.equals(template.get()) || read.source() == null
                    || read.source().equals(templateBase)) {
                then.accept(false);
            } else if (templateSource.get().equals(templateBase)) {
                showStored(read.source());
                then.accept(false);
            } else {
                status.set("Someone else saved the template " + slug + "; your text is kept, and saving it asks"
                        + " which to keep.");
                then.accept(true);
            }
        }, error -> dialogs.error("The templates could not be read", error));
    }

    /** Reads the text of the chosen template. */
    public void load() {
        load(() -> { });
    }

    public void load(Runnable then) {
        long choice = ++choices;
        String slug = template.get();
        tasks.run(() -> letters.templates().source(slug), source -> {
            if (choice == choices) {
                showStored(source);
                then.run();
            }
        }, error -> dialogs.error("The template could not be read", error));
    }

    /** Whether the template being edited prints this finding (the card says so when it does not). */
    public boolean uses(String findingKey) {
        try {
            return LetterService.templateUses(new TemplateParser().parse(template.get(), templateSource.get()), findingKey);
        } catch (TemplateException e) {
            return true;
        }
    }

    /**
     * Saves the edited template text as the user's copy. Returns the error found before saving (a template
     * line), or null when the save was handed on; how it ended shows in the status.
     */
    public String save() {
        return saveAs(template.get(), template.get(), () -> { });
    }

    /** Saves the edited text under a new name (letters, digits and dashes) and switches to it. */
    public String saveAs(String slug) {
        return saveAs(slug, () -> { });
    }

    /** Like {@link #saveAs(String)}; {@code then} runs once the template is saved and chosen. */
    public String saveAs(String slug, Runnable then) {
        String name = slug == null ? "" : slug.trim();
        if (!name.matches("[a-z0-9][a-z0-9-]{1,60}")) {
            status.set("A template name uses lower-case letters, digits and dashes, e.g. my-notice.");
            return status.get();
        }
        return saveAs(name, template.get(), then);
    }

    private String saveAs(String name, String previous, Runnable then) {
        String source = templateSource.get();
        try {
            // Checked here too, so a typing slip is answered at once; the citations are checked with the save.
            new TemplateParser().parse(name, source);
        } catch (TemplateException | IllegalArgumentException e) {
            status.set(e.getMessage());
            return e.getMessage();
        }
        // Under a new name the user has read nothing: a template already there is someone else's to show.
        saveOver(name, previous, name.equals(previous) ? templateBase : null, source, then);
        return null;
    }

    private void saveOver(String name, String previous, String base, String source, Runnable then) {
        tasks.run(() -> {
            letters.templates().save(name, base, source);
            return letters.templates().slugs();
        }, slugs -> {
            templates.setAll(slugs);
            if (!name.equals(previous)) {
                choices++;
                template.set(name);
            }
            templateBase = source;
            status.set("Template saved.");
            then.run();
        }, error -> {
            if (error instanceof EditConflictException refused) {
                resolve(name, refused, false, then);
            } else if (error instanceof TemplateException || error instanceof IllegalArgumentException) {
                status.set(error.getMessage());
            } else {
                dialogs.error("The template could not be saved", error);
            }
        });
    }

    /**
     * Someone else saved the template since it was read: the user sees both texts and keeps one; theirs is
     * shown as the text to go on from, or the user's is saved (or the reset done) over it, checked again.
     */
    private void resolve(String slug, EditConflictException refused, boolean reset, Runnable then) {
        @SuppressWarnings("unchecked")
        EditConflict<TemplateText> conflict = (EditConflict<TemplateText>) refused.conflict();
        String theirs = conflict.theirs().text();
        Optional<ConflictDialog.Decision> decision = conflict.fieldsToDecide().isEmpty() ? Optional.empty()
                : dialogs.resolveConflict(conflict);
        if (decision.isPresent() && decision.get().save() && !decision.get().keepMine().isEmpty()) {
            if (reset) {
                templateBase = theirs;
                reset(then);
            } else {
                saveOver(slug, slug, theirs, conflict.mine().text(), then);
            }
        } else if (decision.isPresent() || conflict.fieldsToDecide().isEmpty()) {
            if (slug.equals(template.get())) {
                showStored(theirs == null ? "" : theirs);
            }
            status.set("Showing the template as someone else saved it.");
        } else {
            status.set("Not saved: someone else saved this template; your text is still here.");
        }
    }

    public void reset() {
        reset(() -> { });
    }

    /** Drops the user's copy of the template (deletes a template of the user's own); {@code then} runs after. */
    public void reset(Runnable then) {
        String slug = template.get();
        boolean builtIn = TemplateLibrary.BUILT_IN.contains(slug);
        String next = builtIn ? slug : fallback.get();
        long choice = ++choices;
        String base = templateBase;
        tasks.run(() -> {
            letters.templates().reset(slug, base);
            return new TemplatesRead(letters.templates().slugs(), next, letters.templates().source(next));
        }, read -> {
            templates.setAll(read.slugs());
            status.set(builtIn ? "Built-in template restored." : "Template " + slug + " deleted.");
            if (choice == choices) {
                template.set(read.template());
                showStored(read.source());
            }
            then.run();
        }, error -> {
            if (error instanceof EditConflictException refused) {
                resolve(slug, refused, true, then);
            } else {
                dialogs.error("The template could not be reset", error);
            }
        });
    }
}
