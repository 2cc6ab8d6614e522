package org.tracebench.transfer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tracebench.model.PartRecord;
import org.tracebench.store.AuditLog;
import org.tracebench.store.CasePart;
import org.tracebench.store.CaseCarryRepository;
import org.tracebench.store.CaseTransferRepository;
import org.tracebench.store.Folded;
import org.tracebench.work.Progress;
/**
 * One import of a case file, inside the caller's transaction: matches providers and campaigns, compares each
 * record with its copy here and with what was last exchanged, then writes (decision 0702). Split from
 * {@link CaseTransfer}, which reads, checks and exports the files.
 */
final class CaseImport {

    private final CaseTransferRepository records;
    private final CaseCarryRepository carried;
    private final AuditLog audit;

    private final CaseBundle bundle;
    private final String fileName;
    private final Decisions decisions;
    private final Progress progress;
    private final Map<CasePart, ImportSummary.Counts> counts = new EnumMap<>(CasePart.class);
    private final List<String> notes = new ArrayList<>();
    /** Local ids by table and identity, filled as records are found or written. */
    private final Map<String, Map<String, Long>> ids = new HashMap<>();
    /** Calls this import adds: their hops come with them even where a hop was deleted here before. */
    private final java.util.Set<String> addedCalls = new java.util.HashSet<>();
    /** A provider's or campaign's identity in the file, by table, and the identity of its match here. */
    private final Map<String, Map<String, String>> localUid = new HashMap<>();
    /** Where deletions are noted: those the file brings, and records this import takes back. */
    private org.tracebench.store.DeletionLog deletionLog;
    /** Plans the file's deletions and this database's against each other; null when deletions are not applied. */
    private DeletionsPlanner deletions;
    /** Deletions planned for the part being written, applied together when the part is done. */
    private final List<Planned> toDelete = new ArrayList<>();
    /** The providers, campaigns, offices and signatories this import added here, by table and identity. */
    private final Map<String, java.util.Set<String>> addedHere = new HashMap<>();

    CaseImport(CaseTransferRepository records, CaseCarryRepository carried, AuditLog audit, CaseBundle bundle,
               String fileName, Decisions decisions, Progress progress) {
        this.records = records;
        this.carried = carried;
        this.audit = audit;
        this.bundle = bundle;
        this.fileName = fileName;
        this.decisions = decisions;
        this.progress = progress;
    }

    /** Applies the file's deletions too, and notes them in {@code log} (decision 0710). */
    CaseImport withDeletions(org.tracebench.store.DeletionLog log) {
        this.deletionLog = log;
        this.deletions = new DeletionsPlanner(bundle, decisions, this::toLocal);
        return this;
    }

    ImportSummary apply() {
        PartRecord fileCase = bundle.part(CasePart.CASE).get(0);
        String caseUid = fileCase.uid();
        Optional<Long> existing = records.caseIdByUid(caseUid);
        match(CasePart.PROVIDERS, "provider");
        match(CasePart.CAMPAIGNS, "campaign");
        match(CasePart.OFFICES, "issuing_office");
        match(CasePart.SIGNATORIES, "signatory");
        Map<CasePart, Map<String, PartRecord>> mine = new EnumMap<>(CasePart.class);
        if (existing.isPresent()) {
            records.read(existing.get()).forEach((part, list) -> {
                Map<String, PartRecord> byUid = new LinkedHashMap<>();
                list.forEach(r -> byUid.put(r.uid(), r));
                mine.put(part, byUid);
            });
        }
        // Compare everything first: undecided conflicts stop the import before anything is written.
        List<Planned> plan = new ArrayList<>();
        List<RecordConflict> undecided = new ArrayList<>();
        for (CasePart part : CaseTransfer.compared()) {
            Map<String, PartRecord> theirBase = new HashMap<>();
            bundle.base(part).forEach(r -> theirBase.put(r.uid(), toLocal(part, r)));
            Map<String, String> myBase = existing.isPresent() ? records.bases(caseUid, part) : Map.of();
            Map<String, PartRecord> here = mine.getOrDefault(part, Map.of());
            for (PartRecord fileRecord : bundle.part(part)) {
                PartRecord theirs = toLocal(part, fileRecord);
                plan.add(plan(part, theirs, here.get(theirs.uid()), theirBase.get(theirs.uid()),
                        Optional.ofNullable(myBase.get(theirs.uid())).map(c -> CaseTransfer.parse(theirs.uid(), c)).orElse(null),
                        undecided));
            }
            if (deletions != null) {
                plan.addAll(deletions.deletedThere(part, here, myBase, undecided));
            }
        }
        Map<Long, PartRecord> letterheads = compareLetterheads(undecided);
        if (!undecided.isEmpty()) {
            throw new ConflictsException(fileName, undecided);
        }
        progress.checkCancelled();
        writeMatched(CasePart.PROVIDERS, "provider");
        writeMatched(CasePart.CAMPAIGNS, "campaign");
        writeMatched(CasePart.OFFICES, "issuing_office");
        letterheads.forEach(carried::writeLetterhead);
        writeMatched(CasePart.SIGNATORIES, "signatory");
        long caseId = existing.orElse(-1L);
        boolean newCase = existing.isEmpty();
        String caseKey = fileCase.get("case_key");
        int done = 0;
        Map<CasePart, Map<String, String>> exchanged = new EnumMap<>(CasePart.class);
        for (Planned step : plan) {
            if (++done % 200 == 0) {
                progress.checkCancelled();
                progress.update(done, plan.size(), "Importing " + step.part().stem());
            }
            if (!toDelete.isEmpty() && toDelete.get(0).part() != step.part()) {
                deletePlanned();
            }
            exchanged.computeIfAbsent(step.part(), p -> new LinkedHashMap<>()).put(step.theirs().uid(), CaseTransfer.content(step.theirs()));
            if (step.part() == CasePart.CASE && newCase) {
                PartRecord toWrite = step.theirs();
                caseKey = freeKey(toWrite.get("case_key"));
                if (!caseKey.equals(toWrite.get("case_key"))) {
                    notes.add("case key " + toWrite.get("case_key") + " is taken here by another case; imported as " + caseKey);
                    toWrite = toWrite.with("case_key", caseKey);
                }
                caseId = records.insert(CasePart.CASE, toWrite, -1, this::id);
                remember("case_file", toWrite.uid(), caseId);
                count(CasePart.CASE, new ImportSummary.Counts(1, 0, 0, 0, 0, 0, 0));
                continue;
            }
            write(step, caseId);
            if (step.part() == CasePart.CASE && step.result() != null && step.result().get("case_key") != null) {
                caseKey = step.result().get("case_key");
            }
        }
        deletePlanned();
        addAudit(caseId);
        addCreated();
        // The audit entries are here now: a copied import batch can point at its own (decision 0716).
        for (PartRecord undo : bundle.part(CasePart.IMPORT_UNDO)) {
            carried.linkImportAudit(undo.get("batch"), undo.get("audit_entry"));
        }
        for (Map.Entry<CasePart, Map<String, String>> entry : exchanged.entrySet()) {
            records.saveBases(caseUid, entry.getKey(), entry.getValue());
        }
        ImportSummary summary = new ImportSummary(caseId, caseKey, newCase, counts, notes);
        audit.record("case", caseId, "case-imported", fileName + " (exported " + bundle.manifest().exportedAt() + " by "
                + bundle.manifest().exportedBy() + "): " + String.join("; ", summary.lines().subList(1, summary.lines().size())
                .stream().map(String::strip).toList()));
        progress.update(1, 1, "Imported");
        return summary;
    }

    /** Finds each provider or campaign of the file here: by identity, else by name as imports do. */
    private void match(CasePart part, String table) {
        List<PartRecord> list = bundle.part(part);
        Map<String, Long> byUid = records.ids(table, list.stream().map(PartRecord::uid).toList());
        Map<String, String> local = localUid.computeIfAbsent(table, t -> new HashMap<>());
        for (PartRecord record : list) {
            Long id = byUid.get(record.uid());
            if (id == null) {
                id = byName(part, record).orElse(null);
            }
            if (id != null) {
                String uid = records.uidOf(table, id);
                local.put(record.uid(), uid);
                remember(table, uid, id);
            } else {
                local.put(record.uid(), record.uid());
            }
        }
    }

    private Optional<Long> byName(CasePart part, PartRecord record) {
        if (part == CasePart.SIGNATORIES) {
            Long office = id("issuing_office", toLocal(part, record).get("office"));
            return office == null || record.get("person_name") == null ? Optional.empty()
                    : carried.signatoryByName(office, record.get("person_name"));
        }
        String name = part == CasePart.OFFICES ? record.get("office_key") : record.get("name");
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        if (part == CasePart.CAMPAIGNS) {
            return records.campaignByName(name);
        }
        if (part == CasePart.OFFICES) {
            return carried.officeByKey(record.get("office_key"));
        }
        Optional<Long> found = records.providerByName(name);
        for (List<String> alias : Folded.split(record.get("aliases"))) {
            if (found.isPresent()) {
                break;
            }
            found = records.providerByName(alias.get(0));
        }
        return found;
    }

    /**
     * An office found here under the file's key (or identity) but with another letterhead is a conflict decided
     * field by field like any other: keep this database's letterhead (mine, preselected: other cases here print it
     * too) or take the file's. Returns the letterheads to write, by office id here.
     */
    private Map<Long, PartRecord> compareLetterheads(List<RecordConflict> undecided) {
        Map<Long, PartRecord> toWrite = new LinkedHashMap<>();
        for (PartRecord record : bundle.part(CasePart.OFFICES)) {
            String uid = localUid.get("issuing_office").get(record.uid());
            Long id = id("issuing_office", uid);
            if (id == null) {
                continue;
            }
            PartRecord mine = carried.letterhead(id, uid);
            Map<String, String> theirFields = new LinkedHashMap<>();
            CaseCarryRepository.LETTERHEAD.forEach(field -> theirFields.put(field, record.get(field)));
            PartRecord theirs = new PartRecord(uid, theirFields);
            if (same(mine, theirs)) {
                continue;
            }
            String label = "office " + record.get("office_key") + " (letterhead)";
            RecordConflict conflict = new RecordConflict(CasePart.OFFICES, uid, label, null, mine, theirs);
            PartRecord result = mine;
            List<String> taken = new ArrayList<>();
            boolean open = false;
            for (String field : conflict.fieldsToDecide()) {
                Optional<Side> side = decisions.decide(conflict, field);
                if (side.isEmpty()) {
                    open = true;
                } else if (side.get() == Side.THEIRS) {
                    result = result.with(field, theirs.get(field));
                    taken.add(field.replace('_', ' '));
                }
            }
            if (open) {
                undecided.add(conflict);
                continue;
            }
            count(CasePart.OFFICES, new ImportSummary.Counts(0, 0, 0, 0, 1, 0, 0));
            if (taken.isEmpty()) {
                notes.add(label + " differs here; this database's letterhead kept, as decided");
            } else {
                toWrite.put(id, result);
                notes.add(label + " differs here; took the file's " + String.join(", ", taken) + ", as decided");
            }
        }
        return toWrite;
    }

    private void writeMatched(CasePart part, String table) {
        int added = 0;
        int matched = 0;
        for (PartRecord record : bundle.part(part)) {
            String uid = localUid.get(table).get(record.uid());
            if (id(table, uid) != null) {
                matched++;
            } else {
                // A new signatory names its office as found here (the office was matched or added just before).
                remember(table, uid, records.insert(part, toLocal(part, record), -1, this::id));
                addedHere.computeIfAbsent(table, t -> new java.util.HashSet<>()).add(uid);
                added++;
            }
        }
        count(part, new ImportSummary.Counts(added, 0, 0, 0, 0, matched, 0));
    }

    /** A record of the file with its providers and campaigns named by their matches here. */
    private PartRecord toLocal(CasePart part, PartRecord record) {
        Map<String, String> fields = new LinkedHashMap<>(record.fields());
        for (CasePart.Column column : part.columns()) {
            if (column.kind() == CasePart.Kind.REFERENCE && fields.get(column.name()) != null
                    && localUid.containsKey(column.refersTo())) {
                fields.put(column.name(), localUid.get(column.refersTo()).getOrDefault(fields.get(column.name()),
                        fields.get(column.name())));
            }
        }
        if (part == CasePart.CALLS && fields.get("customers") != null) {
            List<List<String>> customers = new ArrayList<>();
            for (List<String> customer : Folded.split(fields.get("customers"))) {
                List<String> renamed = new ArrayList<>(customer);
                renamed.set(0, localUid.getOrDefault("provider", Map.of()).getOrDefault(customer.get(0), customer.get(0)));
                customers.add(renamed);
            }
            fields.put("customers", Folded.join(customers));
        }
        return new PartRecord(record.uid(), fields);
    }

    private Planned plan(CasePart part, PartRecord theirs, PartRecord mine, PartRecord theirBase, PartRecord myBase,
                         List<RecordConflict> undecided) {
        if (mine == null) {
            boolean parentAdded = part == CasePart.HOPS && addedCalls.contains(theirs.get("call"));
            if (myBase != null && same(theirs, myBase) && !parentAdded) {
                return new Planned(part, theirs, Action.KEEP_DELETED, null, false);
            }
            if (myBase != null && !parentAdded && deletions != null) {
                // Deleted here, changed there since: neither the deletion nor their change is dropped unseen.
                Planned decided = deletions.deletedHereChangedThere(part, theirs, myBase, undecided);
                if (decided.action() == Action.KEEP_DELETED) {
                    return decided;
                }
            }
            if (part == CasePart.CALLS) {
                addedCalls.add(theirs.uid());
            }
            return new Planned(part, theirs, Action.ADD, theirs, false);
        }
        if (same(mine, theirs)) {
            return new Planned(part, theirs, Action.UNCHANGED, null, false);
        }
        PartRecord base = theirBase != null ? theirBase : myBase;
        if (base != null && same(mine, base)) {
            return new Planned(part, theirs, Action.UPDATE, theirs, false);
        }
        if (base != null && same(theirs, base)) {
            return new Planned(part, theirs, Action.KEEP_MINE, null, false);
        }
        RecordConflict conflict = new RecordConflict(part, theirs.uid(), label(part, mine), base, mine, theirs);
        PartRecord result = theirs;
        boolean open = false;
        for (String field : conflict.fieldsToDecide()) {
            Optional<Side> side = decisions.decide(conflict, field);
            if (side.isEmpty()) {
                open = true;
            } else if (side.get() == Side.MINE) {
                result = result.with(field, mine.get(field));
            }
        }
        if (open) {
            undecided.add(conflict);
        }
        return new Planned(part, theirs, Action.DECIDED, result, true);
    }

    private void write(Planned step, long caseId) {
        CasePart part = step.part();
        if (part.identityFromOwner()) {
            writeKeyed(step, caseId);
            return;
        }
        String table = table(part);
        switch (step.action()) {
            case ADD -> {
                if (id(table, step.theirs().uid()) != null) {
                    notes.add(label(part, step.theirs()) + " belongs to another case here; left alone");
                    count(part, new ImportSummary.Counts(0, 0, 0, 0, 0, 0, 1));
                    return;
                }
                if (part == CasePart.HOPS && id("traced_call", step.theirs().get("call")) == null) {
                    notes.add(label(part, step.theirs()) + " belongs to a call deleted here; left out with it");
                    count(part, new ImportSummary.Counts(0, 0, 0, 0, 0, 0, 1));
                    return;
                }
                remember(table, step.theirs().uid(), records.insert(part, step.result(), caseId, this::id));
                if (deletionLog != null) {
                    // Taken back under its identity: the next file must not call it deleted.
                    deletionLog.forget(part, step.theirs().uid());
                }
                count(part, new ImportSummary.Counts(1, 0, 0, 0, 0, 0, 0));
            }
            case UPDATE, DECIDED -> {
                records.update(part, id(table, step.theirs().uid()), step.result(), this::id);
                count(part, step.action() == Action.UPDATE ? new ImportSummary.Counts(0, 1, 0, 0, 0, 0, 0)
                        : new ImportSummary.Counts(0, 0, 0, 0, 1, 0, 0));
            }
            case UNCHANGED -> count(part, new ImportSummary.Counts(0, 0, 1, 0, 0, 0, 0));
            case KEEP_MINE -> count(part, new ImportSummary.Counts(0, 0, 0, 1, 0, 0, 0));
            case KEEP_DELETED -> {
                count(part, new ImportSummary.Counts(0, 0, 0, 0, 0, 0, 1));
                notes.add(label(part, step.theirs()) + (step.conflict() ? " was deleted here; it stays deleted as decided"
                        : " was deleted here and is unchanged in the file; it stays deleted"));
            }
            case DELETE -> toDelete.add(step);
            case KEEP_CHANGED -> {
                count(part, new ImportSummary.Counts(0, 0, 0, 1, 0, 0, 0));
                notes.add(label(part, step.theirs()) + " was deleted in the file; kept here as changed, as decided");
            }
        }
    }

    /**
     * Applies the planned deletions of one part together (a part's deletions come after its other steps in the
     * plan): a file carrying thousands of deletions is applied in a few statements, with the same records deleted,
     * counts moved and deletions noted as one at a time would.
     */
    private void deletePlanned() {
        if (toDelete.isEmpty()) {
            return;
        }
        CasePart part = toDelete.get(0).part();
        String table = table(part);
        String caseUid = bundle.part(CasePart.CASE).get(0).uid();
        Map<String, Long> found = new HashMap<>(ids.getOrDefault(table, Map.of()));
        found.putAll(records.ids(table, toDelete.stream().map(s -> s.theirs().uid()).filter(u -> !found.containsKey(u)).toList()));
        java.util.Set<Long> gone = new java.util.LinkedHashSet<>();
        List<org.tracebench.store.DeletionLog.Deleted> noted = new ArrayList<>();
        for (Planned step : toDelete) {
            Long id = found.get(step.theirs().uid());
            if (id != null && gone.add(id)) {
                noted.add(new org.tracebench.store.DeletionLog.Deleted(step.theirs().uid(), part, caseUid,
                        step.deletion().deletedAt(), step.deletion().deletedBy()));
                ids.computeIfAbsent(table, t -> new HashMap<>()).remove(step.theirs().uid());
                count(part, ImportSummary.Counts.DELETED);
            }
        }
        toDelete.clear();
        records.deleteAll(part, List.copyOf(gone));
        deletionLog.rememberFromFile(noted);
    }

    /** A record keyed by its case (or batch) and a name: written over what is kept here under that key. */
    private void writeKeyed(Planned step, long caseId) {
        CasePart part = step.part();
        switch (step.action()) {
            case ADD, UPDATE, DECIDED -> {
                carried.put(part, step.result(), caseId, this::id);
                count(part, switch (step.action()) {
                    case ADD -> new ImportSummary.Counts(1, 0, 0, 0, 0, 0, 0);
                    case UPDATE -> new ImportSummary.Counts(0, 1, 0, 0, 0, 0, 0);
                    default -> new ImportSummary.Counts(0, 0, 0, 0, 1, 0, 0);
                });
            }
            case UNCHANGED -> count(part, new ImportSummary.Counts(0, 0, 1, 0, 0, 0, 0));
            case KEEP_MINE -> count(part, new ImportSummary.Counts(0, 0, 0, 1, 0, 0, 0));
            case KEEP_DELETED -> {
                count(part, new ImportSummary.Counts(0, 0, 0, 0, 0, 0, 1));
                notes.add(label(part, step.theirs()) + " was removed here and is unchanged in the file; it stays removed");
            }
        }
    }

    /**
     * What the file's import batches created is recorded here only for the providers and campaigns this import
     * added: one found here under its name was not created by that batch, and undoing it must not remove it
     * (decision 0716).
     */
    private void addCreated() {
        int added = 0;
        int left = 0;
        for (PartRecord created : bundle.part(CasePart.IMPORT_CREATED)) {
            String kind = created.get("kind");
            String uid = localUid.getOrDefault(kind, Map.of()).getOrDefault(created.get("record"), created.get("record"));
            if (addedHere.getOrDefault(kind, java.util.Set.of()).contains(uid)
                    && carried.addCreated(created.with("record", uid), this::id)) {
                added++;
            } else {
                left++;
            }
        }
        count(CasePart.IMPORT_CREATED, new ImportSummary.Counts(added, 0, left, 0, 0, 0, 0));
    }

    /** Audit entries are added once: an entry already here (same identity) is not repeated. */
    private void addAudit(long caseId) {
        List<PartRecord> entries = bundle.part(CasePart.AUDIT);
        Map<String, Long> known = records.ids("audit_log", entries.stream().map(PartRecord::uid).toList());
        int added = 0;
        for (PartRecord entry : entries) {
            if (!known.containsKey(entry.uid())) {
                records.insert(CasePart.AUDIT, entry, caseId, this::id);
                added++;
            }
        }
        count(CasePart.AUDIT, new ImportSummary.Counts(added, 0, entries.size() - added, 0, 0, 0, 0));
    }

    private String freeKey(String key) {
        String candidate = key;
        for (int n = 2; records.caseKeyTaken(candidate); n++) {
            candidate = key + "-" + n;
        }
        return candidate;
    }

    private Long id(String table, String uid) {
        if (uid == null) {
            return null;
        }
        Map<String, Long> known = ids.computeIfAbsent(table, t -> new HashMap<>());
        if (!known.containsKey(uid)) {
            known.put(uid, records.ids(table, List.of(uid)).get(uid));
        }
        return known.get(uid);
    }

    private void remember(String table, String uid, long id) {
        ids.computeIfAbsent(table, t -> new HashMap<>()).put(uid, id);
    }

    private void count(CasePart part, ImportSummary.Counts more) {
        counts.merge(part, more, ImportSummary.Counts::plus);
    }

    /** What an import does with one record of the file (or one record here the file deleted). */
    enum Action { ADD, UPDATE, UNCHANGED, KEEP_MINE, KEEP_DELETED, DECIDED, DELETE, KEEP_CHANGED }

    /** One planned step: the record, what to do, what to write, whether it was a conflict, the deletion it applies. */
    record Planned(CasePart part, PartRecord theirs, Action action, PartRecord result, boolean conflict,
                           Deletion deletion) {
        Planned(CasePart part, PartRecord theirs, Action action, PartRecord result, boolean conflict) {
            this(part, theirs, action, result, conflict, null);
        }
    }

    private static String table(CasePart part) {
        return switch (part) {
            case PROVIDERS -> "provider";
            case CAMPAIGNS -> "campaign";
            case CASE -> "case_file";
            case SOURCES -> "import_batch";
            case CALLS -> "traced_call";
            case HOPS -> "hop";
            case FACTS -> "case_fact";
            case LETTERS -> "notice";
            case DEADLINES -> "deadline";
            case RESPONSES -> "case_response";
            case ENFORCEMENT -> "enforcement_action";
            case AUDIT -> "audit_log";
            case OFFICES -> "issuing_office";
            case SIGNATORIES -> "signatory";
            case CASE_OFFICE -> "case_office";
            case LETTER_FIELDS -> "case_letter_field";
            case FINDING_EDITS -> "letter_finding_edit";
            case IMPORT_UNDO -> "import_batch_prior_call";
            case IMPORT_CREATED -> "import_batch_created";
        };
    }

    /** Two copies hold the same content in every field the file has (a field an older file lacks is not compared). */
    static boolean same(PartRecord here, PartRecord file) {
        for (Map.Entry<String, String> field : file.fields().entrySet()) {
            if (!Objects.equals(here.get(field.getKey()), field.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** How a person recognises a record in a list of conflicts. */
    static String label(CasePart part, PartRecord r) {
        return switch (part) {
            case CASE -> "case " + r.get("case_key") + " (" + r.get("title") + ")";
            case CALLS -> "call row " + r.get("row_order") + (r.get("traceback_id") == null ? "" : " (traceback " + r.get("traceback_id") + ")")
                    + (r.get("call_time_utc") == null ? "" : " of " + r.get("call_time_utc"));
            case HOPS -> "hop " + r.get("hop_order") + " (" + r.get("provider_as_written") + ")";
            case SOURCES -> "import of " + r.get("file_name");
            case FACTS -> "fact" + (r.get("fact_date") == null ? "" : " of " + r.get("fact_date")) + " \"" + shorten(r.get("fact")) + "\"";
            case LETTERS -> "letter " + r.get("template") + " sent " + r.get("sent_on");
            case DEADLINES -> "deadline \"" + shorten(r.get("description")) + "\"";
            case RESPONSES -> "response of " + r.get("received_on");
            case ENFORCEMENT -> "enforcement " + r.get("kind") + " of " + r.get("action_date");
            case CASE_OFFICE -> "the case's office and signatory";
            case LETTER_FIELDS -> "letter field " + r.get("field_name");
            case FINDING_EDITS -> "edited finding " + r.get("finding_key");
            case IMPORT_UNDO -> "undo data of an import";
            default -> part.stem() + " " + r.uid();
        };
    }

    static String shorten(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
