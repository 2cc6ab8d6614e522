package org.tracebench.ui.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracebench.letters.Offices;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Office;
import org.tracebench.model.Signatory;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.TaskRunner;

/**
 * The offices and signatories editor: one office's letterhead and one signatory in forms that keep the user's
 * edits until Save (Revert puts back what is stored, Undo save puts back what was stored before the last save),
 * a preview of the letterhead as letters draw it, and the choice of office and signatory for a case.
 */
public final class OfficesViewModel {

    private final Offices offices;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final CaseFile caseFile;

    private final ObservableList<Office> officeList = FXCollections.observableArrayList();
    private final ObservableList<Signatory> signatoryList = FXCollections.observableArrayList();
    private final ObjectProperty<Office> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Signatory> selectedSignatory = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    /** The top of page 1 as letters draw it with the form's letterhead. */
    private final ObjectProperty<java.awt.image.BufferedImage> preview = new SimpleObjectProperty<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);

    final StringProperty key = new SimpleStringProperty("");
    final StringProperty nameLines = new SimpleStringProperty("");
    final StringProperty headerRight = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty web = new SimpleStringProperty("");
    final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>();

    final StringProperty signerName = new SimpleStringProperty("");
    final StringProperty signerTitle = new SimpleStringProperty("");
    final StringProperty signerOffice = new SimpleStringProperty("");

    private static final float PREVIEW_DPI = 80;
    private static final float PREVIEW_INCHES = 3.2f;

    /** What the last save replaced, for Undo save: the office as it was (or null if the save added it). */
    private Office beforeLastSave;
    private Office lastSaved;

    public OfficesViewModel(Offices offices, TaskRunner tasks, Dialogs dialogs, CaseFile caseFile) {
        this.offices = offices;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.caseFile = caseFile;
    }

    public ObservableList<Office> offices() {
        return officeList;
    }

    public ObservableList<Signatory> signatories() {
        return signatoryList;
    }

    public ObjectProperty<Office> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Signatory> selectedSignatoryProperty() {
        return selectedSignatory;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<java.awt.image.BufferedImage> previewProperty() {
        return preview;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public Optional<CaseFile> caseFile() {
        return Optional.ofNullable(caseFile);
    }

    /** Reads the offices and, for a case, the office and signatory it uses; selects the case's office or the first. */
    public void load() {
        tasks.run(() -> new Loaded(offices.offices(), caseFile == null ? Offices.CaseOffice.NONE : offices.of(caseFile)),
                loaded -> {
                    officeList.setAll(loaded.offices());
                    Long wanted = selected.get() != null ? Long.valueOf(selected.get().id())
                            : loaded.chosen().office().map(Office::id).orElse(null);
                    Office pick = officeList.stream().filter(o -> wanted != null && o.id() == wanted).findFirst()
                            .orElse(officeList.isEmpty() ? null : officeList.get(0));
                    select(pick, loaded.chosen().signatory().map(Signatory::id).orElse(null));
                    if (caseFile != null) {
                        status.set(caseFile.title() + " uses " + loaded.chosen().office().map(Office::displayName)
                                .orElse("no office (its own office text)") + "; signed by "
                                + loaded.chosen().signatory().map(Signatory::displayName).orElse("its own signatory text") + ".");
                    }
                }, this::failed);
    }

    private record Loaded(List<Office> offices, Offices.CaseOffice chosen) {
    }

    /** Shows an office in the form (edits not saved are dropped) and reads its signatories. */
    public void select(Office office) {
        select(office, null);
    }

    private void select(Office office, Long signatoryId) {
        selected.set(office);
        fill(office);
        signatoryList.clear();
        fillSigner(null);
        if (office == null || office.id() == 0) {
            return;
        }
        tasks.run(() -> offices.signatories(office.id()), list -> {
            signatoryList.setAll(list);
            Signatory pick = list.stream().filter(s -> signatoryId != null && s.id() == signatoryId).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            selectSignatory(pick);
        }, this::failed);
    }

    private void fill(Office office) {
        key.set(office == null ? "" : office.key());
        nameLines.set(office == null ? "" : String.join("\n", office.nameLines()));
        headerRight.set(office == null ? "" : String.join("\n", office.headerRight()));
        address.set(office == null ? "" : String.join("\n", office.address()));
        phone.set(office == null || office.phone() == null ? "" : office.phone());
        email.set(office == null || office.email() == null ? "" : office.email());
        web.set(office == null || office.web() == null ? "" : office.web());
        logo.set(office == null ? null : office.logoPng());
        refreshPreview();
    }

    /** The office as the form shows it now. */
    Office edited() {
        Office base = selected.get();
        return new Office(base == null ? 0 : base.id(), key.get().strip(), lines(nameLines.get()), lines(headerRight.get()),
                lines(address.get()), blankToNull(phone.get()), blankToNull(email.get()), blankToNull(web.get()), logo.get(),
                base != null && base.sample());
    }

    /** Whether the form differs from the stored office. */
    public boolean dirty() {
        Office base = selected.get();
        return base == null || !edited().equals(base);
    }

    public void newOffice() {
        selected.set(null);
        fill(null);
        signatoryList.clear();
        fillSigner(null);
        status.set("New office: fill in the letterhead, then Save.");
    }

    /** Puts the stored office back into the form. */
    public void revert() {
        fill(selected.get());
        status.set("Reverted to the stored letterhead.");
    }

    public void save() {
        Office office = edited();
        Office previous = selected.get();
        tasks.run(() -> offices.save(office), saved -> {
            beforeLastSave = previous;
            lastSaved = saved;
            canUndo.set(true);
            selected.set(saved);
            status.set("Saved " + saved.displayName() + ".");
            load();
        }, this::failed);
    }

    /** Puts back the office as it was before the last save (removes it if the save added it). */
    public void undoSave() {
        Office before = beforeLastSave;
        Office after = lastSaved;
        if (after == null) {
            return;
        }
        tasks.run(() -> {
            if (before == null) {
                offices.deleteOffice(after);
                return null;
            }
            return offices.save(before);
        }, restored -> {
            canUndo.set(false);
            lastSaved = null;
            selected.set(restored);
            status.set(restored == null ? "Undone: the office added is removed." : "Undone: " + restored.displayName()
                    + " is as it was.");
            load();
        }, this::failed);
    }

    public void delete() {
        Office office = selected.get();
        if (office == null || office.id() == 0 || !dialogs.confirm("Delete office",
                "Delete " + office.displayName() + " and its signatories? Cases that use it go back to their own office text.")) {
            return;
        }
        tasks.run(() -> {
            offices.deleteOffice(office);
            return office;
        }, gone -> {
            selected.set(null);
            canUndo.set(false);
            status.set("Deleted " + gone.displayName() + ".");
            load();
        }, this::failed);
    }

    /** Asks for a PNG file and puts it in the form as the logo (saved with the office). */
    public void chooseLogo() {
        dialogs.chooseOpenFile("Letterhead logo (PNG)", List.of(Dialogs.FileType.of("PNG image (*.png)", "*.png")))
                .ifPresent(this::useLogo);
    }

    void useLogo(Path file) {
        tasks.run(() -> {
            try {
                byte[] png = Files.readAllBytes(file);
                Offices.checkImage(png, file.getFileName().toString());
                return png;
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
            }
        }, png -> {
            logo.set(png);
            status.set("Logo " + file.getFileName() + " (" + png.length / 1024 + " KB): Save to keep it.");
            refreshPreview();
        }, this::failed);
    }

    public void removeLogo() {
        logo.set(null);
        refreshPreview();
    }

    /** Draws the form's letterhead as letters draw it. */
    public void refreshPreview() {
        if (key.get().isBlank() && nameLines.get().isBlank()) {
            preview.set(null);
            return;
        }
        Office office = edited();
        if (office.key().isEmpty()) {
            office = new Office(office.id(), "preview", office.nameLines(), office.headerRight(), office.address(),
                    office.phone(), office.email(), office.web(), office.logoPng(), office.sample());
        }
        Office shown = office;
        tasks.run(() -> {
            java.awt.image.BufferedImage page = PagePreview.render(offices.letterheadPreview(shown), PREVIEW_DPI, 1).get(0);
            return page.getSubimage(0, 0, page.getWidth(), Math.min(page.getHeight(), (int) (PREVIEW_INCHES * PREVIEW_DPI)));
        }, preview::set, this::failed);
    }

    public void selectSignatory(Signatory signatory) {
        selectedSignatory.set(signatory);
        fillSigner(signatory);
    }

    private void fillSigner(Signatory s) {
        signerName.set(s == null ? "" : s.name());
        signerTitle.set(s == null || s.title() == null ? "" : s.title());
        signerOffice.set(s == null ? "" : String.join("\n", s.officeLines()));
    }

    public void newSignatory() {
        selectedSignatory.set(null);
        fillSigner(null);
    }

    public void saveSignatory() {
        Office office = selected.get();
        if (office == null || office.id() == 0) {
            status.set("Save the office first; then add who signs for it.");
            return;
        }
        Signatory base = selectedSignatory.get();
        Signatory edited = new Signatory(base == null ? 0 : base.id(), office.id(), signerName.get().strip(),
                blankToNull(signerTitle.get()), lines(signerOffice.get()), base != null && base.sample());
        tasks.run(() -> offices.save(edited), saved -> {
            status.set("Saved signatory " + saved.displayName() + ".");
            select(office, saved.id());
        }, this::failed);
    }

    public void deleteSignatory() {
        Signatory s = selectedSignatory.get();
        if (s == null || !dialogs.confirm("Delete signatory", "Delete " + s.displayName() + "?")) {
            return;
        }
        tasks.run(() -> {
            offices.deleteSignatory(s);
            return s;
        }, gone -> {
            status.set("Deleted signatory " + gone.displayName() + ".");
            select(selected.get(), null);
        }, this::failed);
    }

    /** Makes the selected office and signatory the case's (its letters take letterhead and signature from them). */
    public void useForCase() {
        Office office = selected.get();
        Signatory signer = selectedSignatory.get();
        if (caseFile == null || office == null || office.id() == 0) {
            return;
        }
        tasks.run(() -> {
            offices.assign(caseFile, office, signer);
            return office;
        }, done -> status.set(caseFile.title() + " now uses " + done.displayName()
                + (signer == null ? "" : "; signed by " + signer.displayName()) + "."), this::failed);
    }

    private void failed(Throwable error) {
        status.set("Not saved: " + error.getMessage());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
