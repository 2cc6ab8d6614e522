package org.tracebench.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tracebench.model.CallSource;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Deadline;
import org.tracebench.model.Notice;
import org.tracebench.model.Provider;
import org.tracebench.model.TracedCall;
import org.tracebench.store.AuditLog;
import org.tracebench.store.CaseFactRepository;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.DeadlineRepository;
import org.tracebench.store.NoticeRepository;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.TracedCallRepository;
import org.tracebench.work.Progress;
import org.tracebench.work.StagedFile;
import org.tracebench.work.TempFolder;

/**
 * Turns a case into a letter: findings from the data, deadlines from the template, merge, layout, and PDF or
 * DOCX output. An export is recorded on the case as a notice (date, template, recipients, data hash) and its
 * deadlines join the case's deadlines, in one transaction after the file is in place.
 */
public final class LetterService {

    public enum Format { PDF, DOCX;

        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".pdf")) {
                return PDF;
            }
            if (name.endsWith(".docx")) {
                return DOCX;
            }
            throw new IllegalArgumentException("output file must end in .pdf or .docx: " + file);
        }
    }

    /** What an export did: the file written, the notice recorded and the deadlines added. */
    public record Export(Path file, Notice notice, List<Deadline> deadlinesAdded) {
    }

    /** One case's letter written by {@link #exportAll}: the draft it was drawn from and what its export did. */
    public record CaseLetter(CaseFile caseFile, LetterDraft draft, Export export) {
    }

    private final Database database;
    private final CaseRepository cases;
    private final ProviderRepository providers;
    private final TracedCallRepository calls;
    private final CaseFactRepository facts;
    private final NoticeRepository notices;
    private final DeadlineRepository deadlines;
    private final TemplateLibrary templates;
    private final LetterFieldRepository fields;
    private final FindingEdits findingEdits;
    private final FindingsEngine findings;
    private final AuditLog audit;
    private final Clock clock;
    /** Where a letter is written before it is moved to its target: a kill never leaves half a letter there. */
    private final TempFolder temp;
    private final Offices offices;
    private final DeadlineCalculator calculator = new DeadlineCalculator();
    /** The longest list of allowed findings a notice keeps (its column's width). */
    private static final int NOTE_LIMIT = 8000;

    /** The repositories a letter is drawn from and recorded in, built once by the composition root. */
    public record Stores(CaseRepository cases, ProviderRepository providers, TracedCallRepository calls,
                         CaseFactRepository facts, NoticeRepository notices, DeadlineRepository deadlines,
                         LetterFieldRepository fields) {
    }

    public LetterService(Database database, Stores stores, TemplateLibrary templates, FindingEdits findingEdits,
                         FindingsEngine findings, AuditLog audit, Clock clock, TempFolder temp, Offices offices) {
        this.database = database;
        this.cases = stores.cases();
        this.providers = stores.providers();
        this.calls = stores.calls();
        this.facts = stores.facts();
        this.notices = stores.notices();
        this.deadlines = stores.deadlines();
        this.templates = templates;
        this.fields = stores.fields();
        this.findingEdits = findingEdits;
        this.findings = findings;
        this.audit = audit;
        this.clock = clock;
        this.temp = temp;
        this.offices = offices;
    }

    /** The issuing offices and signatories letters are signed by. */
    public Offices offices() {
        return offices;
    }

    public TemplateLibrary templates() {
        return templates;
    }

    public LetterFieldRepository fields() {
        return fields;
    }

    public FindingEdits findingEdits() {
        return findingEdits;
    }

    /** The findings of a case as the attorney left them (computed, then edits applied). */
    public List<Finding> findings(CaseFile caseFile) {
        Provider target = target(caseFile);
        Map<String, String> caseFields = fields.fieldsOf(caseFile);
        return findingEdits.apply(caseFile.id(), findings.compute(caseFile.id(), target,
                LetterData.shortName(target, caseFields), since(caseFile, caseFields)));
    }

    /** How the traced calls behind a finding are named for the attorney: traceback id, else call time. */
    public List<String> callLabels(List<Long> tracedCallIds) {
        java.util.Set<Long> wanted = new java.util.HashSet<>(tracedCallIds);
        List<String> labels = new ArrayList<>();
        for (TracedCall call : calls.findAll()) {
            if (wanted.contains(call.id())) {
                labels.add(call.tracebackId() != null && !call.tracebackId().isBlank() ? call.tracebackId()
                        : call.callTimeUtc() == null ? "call " + call.id() : "call of " + call.callTimeUtc());
            }
        }
        return labels;
    }

    /** Whether a template prints a finding (by name, or through findings.list for the list findings). */
    public static boolean templateUses(LetterTemplate template, String findingKey) {
        return templateUses(template.source(), findingKey);
    }

    /** Like {@link #templateUses(LetterTemplate, String)}, for a template's source text. */
    public static boolean templateUses(String source, String findingKey) {
        boolean inList = !findingKey.equals(FindingsEngine.ORIGINATION) && !findingKey.equals(FindingsEngine.WARNING);
        return source.contains("findings." + findingKey) || (inList && source.contains("findings.list"));
    }

    /** A draft from the stored template and the stored findings. */
    public LetterDraft draft(CaseFile caseFile, String templateSlug, LocalDate date) {
        return draft(caseFile, templates.template(templateSlug), date, findings(caseFile));
    }

    /** A draft from a given template text and findings (the editor's unsaved state). */
    public LetterDraft draft(CaseFile caseFile, LetterTemplate template, LocalDate date, List<Finding> findingList) {
        Provider target = target(caseFile);
        LocalDate letterDate = date != null ? date : caseFile.letterDate() != null ? caseFile.letterDate() : LocalDate.now(clock);
        Map<String, String> caseFields = offices.withOfficeFields(caseFile, fields.fieldsOf(caseFile));
        List<ComputedDeadline> computed = template.deadlines().stream().map(r -> calculator.compute(r, letterDate)).toList();
        List<TracedCall> caseCalls = calls.findByCase(caseFile.id());
        Map<String, Object> data = LetterData.build(caseFile, target, caseFields, letterDate, findingList, computed,
                facts.findByCase(caseFile.id()), caseCalls);
        @SuppressWarnings("unchecked")
        Map<String, Object> sender = (Map<String, Object>) data.get("sender");
        sender.put("letterheadArt", offices.letterhead(caseFile, caseFields));
        AttachmentTable attachment = template.attachment() ? AttachmentRows.of(template.attachmentTitle(), caseCalls) : null;
        @SuppressWarnings("unchecked")
        Map<String, Object> recipient = (Map<String, Object>) data.get("recipient");
        List<String> recipients = new ArrayList<>();
        recipients.add(caseFile.recipient().person() != null ? caseFile.recipient().person() + ", " + target.name() : target.name());
        @SuppressWarnings("unchecked")
        List<String> emails = (List<String>) recipient.get("emails");
        recipients.addAll(emails);
        String hash = hash(data, attachment);
        return new LetterDraft(caseFile, target, template, letterDate, findingList, computed, data, attachment,
                recipients, hash);
    }

    /** Merges and lays out a draft. Template errors name template and line; markup errors say what is wrong. */
    public LetterDocument document(LetterDraft draft) {
        CitationLibrary library = templates.citations();
        new TemplateParser().checkCitations(draft.template(), library);
        TemplateRenderer renderer = new TemplateRenderer();
        renderer.check(draft.template(), draft.data());
        String markup = renderer.render(draft.template(), draft.data());
        @SuppressWarnings("unchecked")
        Object art = ((Map<String, Object>) draft.data().get("sender")).get("letterheadArt");
        return new MarkupParser(library, draft.template().citationStyle()).parse(markup, draft.template().name() + " – " + draft.target().name(),
                draft.caseFile().title(), signer(draft), draft.attachment())
                .withLetterhead(art instanceof Letterhead letterhead ? letterhead : null);
    }

    public byte[] render(LetterDocument document, Format format) {
        return switch (format) {
            case PDF -> new PdfLetterWriter().write(document);
            case DOCX -> new DocxLetterWriter().write(document);
        };
    }

    /**
     * Writes one letter per case from a stored template, each recorded as {@link #export} records it. One case's
     * letter goes to {@code out}; with several, each is named by {@link #fileFor} so none overwrites another.
     * Stops between two letters when cancelled; the letters already written stay written and recorded.
     */
    public List<CaseLetter> exportAll(List<CaseFile> caseFiles, String templateSlug, LocalDate date, Path out,
                                      Progress progress) {
        return exportAll(caseFiles, templateSlug, date, out, progress, true);
    }

    /**
     * As {@link #exportAll(List, String, LocalDate, Path, Progress)}; unless {@code allowIllustrative}, refuses
     * before writing anything when a kept finding of any of the letters rests on records marked illustrative.
     */
    public List<CaseLetter> exportAll(List<CaseFile> caseFiles, String templateSlug, LocalDate date, Path out,
                                      Progress progress, boolean allowIllustrative) {
        Format.of(out);
        List<LetterDraft> drafts = new ArrayList<>();
        for (CaseFile caseFile : caseFiles) {
            drafts.add(draft(caseFile, templateSlug, date));
        }
        if (!allowIllustrative) {
            List<Finding> refused = drafts.stream().flatMap(d -> illustrativeFindings(d).stream()).toList();
            if (!refused.isEmpty()) {
                throw new IllustrativeFindingsException(refused);
            }
        }
        List<CaseLetter> written = new ArrayList<>();
        for (LetterDraft draft : drafts) {
            if (progress.cancelled()) {
                break;
            }
            CaseFile caseFile = draft.caseFile();
            progress.update(written.size(), caseFiles.size(), "Exporting " + caseFile.title() + "…");
            Path file = caseFiles.size() == 1 ? out : fileFor(out, caseFile);
            written.add(new CaseLetter(caseFile, draft, export(draft, file, true)));
        }
        progress.update(written.size(), caseFiles.size(), "Exported " + written.size() + " letters");
        return written;
    }

    /** A case whose letter was not written because its kept findings rest on illustrative records. */
    public record Refused(CaseFile caseFile, List<Finding> findings) {
    }

    /** What {@link #exportEach} did: the letters written and the cases refused. */
    public record Several(List<CaseLetter> written, List<Refused> refused) {
    }

    /**
     * One letter per case into {@code dir} ({@code <template>-<case key>.pdf|.docx}). Unlike {@link #exportAll},
     * a case whose letter would state illustrative findings as fact (unless {@code allowIllustrative}) is
     * refused on its own and the others are written. Stops between two letters when cancelled.
     */
    public Several exportEach(List<CaseFile> caseFiles, String templateSlug, LocalDate date, Path dir, Format format,
                              Progress progress) {
        return exportEach(caseFiles, templateSlug, date, dir, format, progress, false);
    }

    public Several exportEach(List<CaseFile> caseFiles, String templateSlug, LocalDate date, Path dir, Format format,
                              Progress progress, boolean allowIllustrative) {
        Path out = dir.resolve(templateSlug + "." + format.name().toLowerCase(java.util.Locale.ROOT));
        List<CaseLetter> written = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        int done = 0;
        for (CaseFile caseFile : caseFiles) {
            if (progress.cancelled()) {
                break;
            }
            progress.update(done++, caseFiles.size(), "Writing the letter for " + caseFile.title() + "…");
            LetterDraft draft = draft(caseFile, templateSlug, date);
            List<Finding> illustrative = illustrativeFindings(draft);
            if (!allowIllustrative && !illustrative.isEmpty()) {
                refused.add(new Refused(caseFile, illustrative));
                continue;
            }
            written.add(new CaseLetter(caseFile, draft, export(draft, fileFor(out, caseFile), true)));
        }
        progress.update(done, caseFiles.size(), "Wrote " + written.size() + " letters");
        return new Several(written, refused);
    }

    /** A case's file among several: {@code out}'s name with the case key (else its id) before the extension. */
    public static Path fileFor(Path out, CaseFile caseFile) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String key = caseFile.key() != null ? caseFile.key() : Long.toString(caseFile.id());
        return out.resolveSibling(name.substring(0, dot) + "-" + key + name.substring(dot));
    }

    /**
     * Writes the letter to {@code out} (via a temporary file, so a failed export leaves nothing half-written),
     * then records the notice and the deadlines on the case.
     */
    public Export export(LetterDraft draft, Path out) {
        return export(draft, out, true);
    }

    /** The calls a letter relies on: those behind the kept findings its template prints, and its Attachment A. */
    private java.util.Set<Long> reliedOn(LetterDraft draft) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        draft.findings().stream().filter(f -> f.included() && templateUses(draft.template(), f.key()))
                .forEach(f -> ids.addAll(f.supportingCallIds()));
        if (draft.attachment() != null) {
            calls.findByCase(draft.caseFile().id()).forEach(c -> ids.add(c.id()));
        }
        return ids;
    }

    /** The kept findings a draft's template prints that rest on records marked illustrative. */
    public static List<Finding> illustrativeFindings(LetterDraft draft) {
        return draft.findings().stream().filter(f -> f.included() && f.illustrativeReason().isPresent()
                && templateUses(draft.template(), f.key())).toList();
    }

    /**
     * As {@link #export(LetterDraft, Path)}; unless {@code allowIllustrative}, refuses with
     * {@link IllustrativeFindingsException} (writing and recording nothing) when a kept finding rests on records
     * marked illustrative. When such findings are allowed, the audit entry says so.
     */
    public Export export(LetterDraft draft, Path out, boolean allowIllustrative) {
        Format format = Format.of(out);
        List<Finding> illustrative = illustrativeFindings(draft);
        if (!allowIllustrative && !illustrative.isEmpty()) {
            throw new IllustrativeFindingsException(illustrative);
        }
        // Read before the file is written, so a failing read leaves no letter without its notice.
        List<CallSource> sources = findings.sources().of(reliedOn(draft));
        String note = illustrative.isEmpty() ? null : IllustrativeFindingsException.titles(illustrative);
        byte[] bytes = render(document(draft), format);
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + out + ": " + e.getMessage(), e);
        }
        try (StagedFile staged = StagedFile.of(temp, out)) {
            Files.write(staged.path(), bytes);
            return record(draft, out, new Recorded(illustrative, allowIllustrative, sources, note), staged);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + out + ": " + e.getMessage(), e);
        }
    }

    /** What the notice of an export records beside the letter: its marked findings and the sources it relies on. */
    private record Recorded(List<Finding> illustrative, boolean allowIllustrative, List<CallSource> sources, String note) {
    }

    /**
     * Records the notice and its deadlines and, as the transaction's last step, moves the finished letter into
     * place: a letter that cannot be put in place records nothing, and a kill before the commit leaves at most a
     * whole letter without its notice, never a notice for a letter that was not written.
     */
    private Export record(LetterDraft draft, Path out, Recorded recorded, StagedFile staged) {
        List<Finding> illustrative = recorded.illustrative();
        List<CallSource> sources = recorded.sources();
        boolean allowIllustrative = recorded.allowIllustrative();
        String note = recorded.note();
        return database.inTransaction(() -> {
            Notice notice = notices.insert(new Notice(0, draft.caseFile().id(), draft.letterDate(), draft.template().slug(),
                    draft.recipients(), draft.dataHash(), fields.fieldsOf(draft.caseFile()).get("fileNumber"), sources,
                    allowIllustrative, illustrative.size(),
                    note == null || note.length() <= NOTE_LIMIT ? note : note.substring(0, NOTE_LIMIT - 1) + "…"));
            List<Deadline> added = new ArrayList<>();
            List<Deadline> existing = deadlines.findByCase(draft.caseFile().id());
            for (ComputedDeadline d : draft.deadlines()) {
                String description = d.rule().description() + " (" + draft.template().name() + " of "
                        + LetterDates.longDate(draft.letterDate()) + ")";
                boolean known = existing.stream().anyMatch(e -> e.due().equals(d.due()) && e.description().equals(description));
                if (!known) {
                    added.add(deadlines.insertSetBy(new Deadline(0, draft.caseFile().id(), d.due(), description,
                            "letter:" + draft.template().slug(), false), notice.id()));
                }
            }
            audit.record("case", draft.caseFile().id(), "letter-exported", draft.template().slug() + " -> "
                    + out.getFileName() + " (data " + draft.dataHash().substring(0, 12) + ")"
                    + (illustrative.isEmpty() ? "" : "; exported with " + illustrative.size() + " illustrative "
                    + (illustrative.size() == 1 ? "finding" : "findings") + " allowed"));
            try {
                staged.moveIntoPlace();
            } catch (IOException e) {
                throw new UncheckedIOException("could not write " + out + ": " + e.getMessage(), e);
            }
            return new Export(out, notice, added);
        });
    }

    public CaseFile caseFile(String idOrKey) {
        return cases.findByIdOrKey(idOrKey).orElseThrow(() -> new IllegalArgumentException("no case '" + idOrKey + "'"));
    }

    private Provider target(CaseFile caseFile) {
        if (caseFile.targetProviderId() == null) {
            throw new IllegalArgumentException("case '" + caseFile.title() + "' has no target provider");
        }
        return providers.find(caseFile.targetProviderId()).orElseThrow(() ->
                new IllegalArgumentException("the target provider of case '" + caseFile.title() + "' is missing"));
    }

    private static LocalDate since(CaseFile caseFile, Map<String, String> caseFields) {
        String saved = caseFields.get("since");
        if (saved != null && !saved.isBlank()) {
            try {
                return LocalDate.parse(saved.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("letter field 'since' must be a date like 2025-03-01, not '" + saved + "'");
            }
        }
        return caseFile.openedOn();
    }

    private static String signer(LetterDraft draft) {
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) ((Map<String, Object>) draft.data().get("sender")).get("signature");
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** SHA-256 over the merge data (keys sorted) and Attachment A, so a notice shows which data it was made from. */
    static String hash(Map<String, Object> data, AttachmentTable attachment) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(canonical(data).getBytes(StandardCharsets.UTF_8));
            if (attachment != null) {
                for (List<String> row : attachment.rows()) {
                    digest.update(String.join("\u001f", row).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1e);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            new TreeMap<>(map.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    e -> String.valueOf(e.getKey()), e -> e.getValue() == null ? "" : e.getValue())))
                    .forEach((k, v) -> out.append(k).append('=').append(canonical(v)).append(';'));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(canonical(v)).append(','));
            return out.append(']').toString();
        }
        return String.valueOf(value);
    }

    /** Today by the service's clock: the date a new letter takes unless the case names one. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
