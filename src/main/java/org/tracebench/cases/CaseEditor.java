package org.tracebench.cases;

import org.tracebench.model.EditConflict;
import org.tracebench.model.EditConflictException;
import org.tracebench.model.AlreadyDeletedException;
import org.tracebench.model.DeleteConflictException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tracebench.model.CaseFact;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseResponse;
import org.tracebench.model.CaseStatus;
import org.tracebench.model.Deadline;
import org.tracebench.model.EnforcementAction;
import org.tracebench.model.EnforcementKind;
import org.tracebench.model.LetterKind;
import org.tracebench.model.Notice;
import org.tracebench.model.RmdStatus;
import org.tracebench.store.AuditLog;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.DeadlineRepository;
import org.tracebench.store.CasePart;
import org.tracebench.store.DeletionLog;
import org.tracebench.store.NoticeRepository;
import org.tracebench.store.ProviderRepository;

/**
 * Every change to a case goes through here: the change and its audit-log line are written in one transaction,
 * so the log never claims a change that did not happen, nor misses one that did.
 */
public final class CaseEditor {

    /** Prefix of the "set by" text of deadlines set by a letter; a response to that letter closes them. */
    static final String SET_BY_NOTICE = "Notice #";
    /** How the letters service marks the deadlines of an exported letter ("letter:task-force-notice"). */
    static final String SET_BY_EXPORT = "letter:";

    private final Database database;
    private final CaseRepository cases;
    private final NoticeRepository notices;
    private final DeadlineRepository deadlines;
    private final DeadlineEdits deadlineEdits;
    private final ResponseRepository responses;
    private final ChronologyRepository chronology;
    private final EnforcementRepository enforcement;
    private final ProviderRepository providers;
    private final AuditLog audit;
    private final Clock clock;
    private final DeletionLog deletions;

    private final CaseKeys keys;

    /** The repositories a case change touches, built once by the composition root. */
    public record Stores(CaseRepository cases, NoticeRepository notices, DeadlineRepository deadlines,
                         ResponseRepository responses, ChronologyRepository chronology,
                         EnforcementRepository enforcement, ProviderRepository providers) {
    }

    public CaseEditor(Database database, Stores stores, CaseKeys keys, AuditLog audit, Clock clock, DeletionLog deletions) {
        this.database = database;
        this.deletions = deletions;
        this.cases = stores.cases();
        this.notices = stores.notices();
        this.deadlines = stores.deadlines();
        this.deadlineEdits = new DeadlineEdits(database);
        this.responses = stores.responses();
        this.chronology = stores.chronology();
        this.enforcement = stores.enforcement();
        this.providers = stores.providers();
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    public CaseFile create(CaseFile caseFile) {
        return create(caseFile, caseFile.title());
    }

    /**
     * Opens a draft case against a provider, today, under the key its title proposes (numbered when taken);
     * {@code auditNote} says on the audit line where the case was opened from.
     */
    public CaseFile openDraft(String title, long targetProviderId, String auditNote) {
        return database.inTransaction(() -> create(new CaseFile(0, keys.unique(title), title, targetProviderId, null,
                null, CaseStatus.DRAFT, LocalDate.now(clock), null, null, null, null, false), auditNote));
    }

    private CaseFile create(CaseFile caseFile, String auditNote) {
        return database.inTransaction(() -> {
            CaseFile stored = cases.insert(caseFile);
            audit.record("case", stored.id(), "create", auditNote);
            return stored;
        });
    }

    /**
     * Saves an edited case made from {@code base}, the case as the user read it; the audit line lists each
     * field that changed, old and new value. When someone else saved the case after {@code base} was read,
     * nothing is written and an {@link EditConflictException} carries both versions for the user to decide.
     */
    public void save(CaseFile base, CaseFile edited) {
        database.inTransaction(() -> {
            CaseFile before = cases.findForUpdate(edited.id()).orElseThrow(() -> new IllegalArgumentException("no case " + edited.id()));
            if (!before.equals(base)) {
                throw new EditConflictException(new EditConflict<>("case " + before.key(), base, edited, before));
            }
            List<String> changed = changes(before, edited);
            if (changed.isEmpty()) {
                return;
            }
            cases.update(edited);
            audit.record("case", edited.id(), "edit", String.join("; ", changed));
        });
    }

    public void setStatus(long caseId, CaseStatus status) {
        database.inTransaction(() -> {
            CaseFile before = cases.find(caseId).orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
            if (before.status() != status) {
                cases.update(before.withStatus(status));
                audit.record("case", caseId, "status", before.status() + " -> " + status);
            }
        });
    }

    /**
     * Records a letter as sent: the notice (which the target's enforcement history lists), and when
     * {@code responseDays} is given a deadline at the end of the last day to respond (in the clock's time zone).
     * The case moves to "response due" (or "sent" without a deadline).
     */
    public LetterSent recordLetterSent(long caseId, LocalDate sentOn, String template, List<String> recipients,
                                       String fileNumber, Integer responseDays) {
        Objects.requireNonNull(sentOn, "sentOn");
        return database.inTransaction(() -> {
            CaseFile c = cases.find(caseId).orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
            Notice notice = notices.insert(new Notice(0, caseId, sentOn, template, recipients, null, fileNumber));
            Deadline deadline = null;
            if (responseDays != null) {
                LocalDate lastDay = sentOn.plusDays(responseDays);
                Instant due = lastDay.atTime(LocalTime.of(23, 59)).atZone(clock.getZone()).toInstant();
                deadline = deadlines.insertSetBy(new Deadline(0, caseId, due, "Response to the " + c.letterKind().label()
                        + " due (" + responseDays + " days)", SET_BY_NOTICE + notice.id() + " of " + sentOn, false),
                        notice.id());
            }
            CaseStatus status = deadline == null ? CaseStatus.SENT : CaseStatus.RESPONSE_DUE;
            if (c.status() != status) {
                cases.update(c.withStatus(status));
            }
            audit.record("case", caseId, "letter-sent", template + " sent " + sentOn
                    + (fileNumber == null ? "" : ", file " + fileNumber)
                    + (deadline == null ? "" : ", response due " + sentOn.plusDays(responseDays)));
            return new LetterSent(notice, deadline);
        });
    }

    /**
     * Records a response; it closes the open deadlines set by the notice it answers, or, when it answers no
     * notice in particular, the open deadlines set by any letter of the case. Deadlines are found through their
     * link to the notice; only deadlines without a link (kept from before the link existed, when their text
     * named no single notice) fall back to their "set by" text.
     */
    public CaseResponse addResponse(CaseResponse response) {
        return database.inTransaction(() -> {
            CaseResponse stored = responses.insert(response);
            List<Notice> ofCase = notices.findByCase(response.caseId());
            Notice answered = response.noticeId() == null ? null : ofCase.stream()
                    .filter(n -> n.id() == response.noticeId()).findFirst().orElse(null);
            Set<Long> sameLetter = sameLetter(ofCase, answered);
            for (DeadlineRepository.OpenDeadline open : deadlines.openWithNotice(response.caseId())) {
                if (closedBy(open, answered, sameLetter)) {
                    deadlines.markDone(open.deadline().id(), true);
                }
            }
            cases.find(response.caseId()).filter(c -> c.status() != CaseStatus.CLOSED)
                    .ifPresent(c -> cases.update(c.withStatus(CaseStatus.RESPONDED)));
            audit.record("case", response.caseId(), "response-received", response.receivedOn() + ": " + response.summary()
                    + (response.attachmentPath() == null ? "" : " [" + response.attachmentPath() + "]"));
            return stored;
        });
    }

    /**
     * The notices that are the same letter as the one answered: exporting a letter again records another notice
     * (same template, same date) but does not add its deadlines twice, so they stay linked to the first.
     */
    private static Set<Long> sameLetter(List<Notice> ofCase, Notice answered) {
        if (answered == null) {
            return Set.of();
        }
        return ofCase.stream().filter(n -> n.template().equals(answered.template()) && n.sentOn().equals(answered.sentOn()))
                .map(Notice::id).collect(Collectors.toSet());
    }

    /** Whether a response answering {@code answered} (null: no letter in particular) closes this deadline. */
    static boolean closedBy(DeadlineRepository.OpenDeadline open, Notice answered, Set<Long> sameLetter) {
        if (open.noticeId() != null) {
            return answered == null || sameLetter.contains(open.noticeId());
        }
        String setBy = open.deadline().setBy();
        return setBy != null && setByLetter(setBy, answered);
    }

    /** Whether an unlinked deadline's "set by" names the given letter, or (notice null) any letter. */
    static boolean setByLetter(String setBy, Notice notice) {
        if (notice == null) {
            return setBy.startsWith(SET_BY_NOTICE) || setBy.startsWith(SET_BY_EXPORT);
        }
        return setBy.startsWith(SET_BY_NOTICE + notice.id() + " ") || setBy.equals(SET_BY_EXPORT + notice.template());
    }

    /**
     * Saves an edited response made from {@code base} (as the user read it); refused with both versions when
     * someone else saved it in between.
     */
    public void updateResponse(CaseResponse base, CaseResponse response) {
        database.inTransaction(() -> {
            CaseResponse before = responses.findForUpdate(response.id())
                    .orElseThrow(() -> new AlreadyDeletedException("the response of " + base.receivedOn()));
            if (!before.equals(base)) {
                throw new EditConflictException(new EditConflict<>("the response of " + before.receivedOn(), base,
                        response, before));
            }
            if (before.equals(response)) {
                return;
            }
            responses.update(response);
            audit.record("case", response.caseId(), "response-edited", response.receivedOn() + ": " + response.summary());
        });
    }

    /**
     * Deletes the response the user saw as {@code response}; refused with both versions when someone else changed
     * it since (decision 0709), and said plainly when someone else deleted it already.
     */
    public void deleteResponse(CaseResponse response) {
        database.inTransaction(() -> {
            CaseResponse stored = responses.findForUpdate(response.id())
                    .orElseThrow(() -> new AlreadyDeletedException("the response of " + response.receivedOn()));
            if (!stored.equals(response)) {
                throw DeleteConflictException.of("the response of " + stored.receivedOn(), response, stored);
            }
            deletions.remember(CasePart.RESPONSES, response.id());
            responses.delete(response.id());
            audit.record("case", response.caseId(), "response-deleted", response.receivedOn() + ": " + response.summary());
        });
    }

    public Deadline addDeadline(Deadline deadline) {
        return database.inTransaction(() -> {
            Deadline stored = deadlines.insert(deadline);
            audit.record("case", deadline.caseId(), "deadline-added", deadline.description() + " due " + deadline.due()
                    + (deadline.setBy() == null ? "" : " (set by " + deadline.setBy() + ")"));
            return stored;
        });
    }

    /**
     * Saves an edited deadline made from {@code base} (as the user read it); refused with both versions when
     * someone else saved it in between.
     */
    public void updateDeadline(Deadline base, Deadline deadline) {
        database.inTransaction(() -> {
            Deadline before = deadlineEdits.findForUpdate(deadline.id())
                    .orElseThrow(() -> new AlreadyDeletedException("the deadline \"" + base.description() + "\""));
            if (!before.equals(base)) {
                throw new EditConflictException(new EditConflict<>("the deadline \"" + before.description() + "\"",
                        base, deadline, before));
            }
            deadlineEdits.update(deadline);
            audit.record("case", deadline.caseId(), "deadline-edited", before.description() + " due " + before.due()
                    + " -> " + deadline.description() + " due " + deadline.due() + (deadline.done() ? " (done)" : ""));
        });
    }

    public void setDeadlineDone(Deadline deadline, boolean done) {
        database.inTransaction(() -> {
            deadlines.markDone(deadline.id(), done);
            audit.record("case", deadline.caseId(), done ? "deadline-done" : "deadline-reopened", deadline.description());
        });
    }

    /**
     * Deletes the deadline the user saw as {@code deadline}; refused with both versions when someone else changed
     * it since (decision 0709), and said plainly when someone else deleted it already.
     */
    public void deleteDeadline(Deadline deadline) {
        database.inTransaction(() -> {
            Deadline stored = deadlineEdits.findForUpdate(deadline.id())
                    .orElseThrow(() -> new AlreadyDeletedException("the deadline \"" + deadline.description() + "\""));
            if (!stored.equals(deadline)) {
                throw DeleteConflictException.of("the deadline \"" + stored.description() + "\"", deadline, stored);
            }
            deletions.remember(CasePart.DEADLINES, deadline.id());
            deadlineEdits.delete(deadline.id());
            audit.record("case", deadline.caseId(), "deadline-deleted", deadline.description() + " due " + deadline.due());
        });
    }

    public CaseFact addFact(CaseFact fact, List<Long> callIds) {
        return database.inTransaction(() -> {
            CaseFact stored = chronology.insert(fact, callIds);
            audit.record("case", fact.caseId(), "fact-added", describe(fact, callIds));
            return stored;
        });
    }

    /**
     * Saves an edited fact with its linked calls, made from {@code base} (as the user read it); refused with both
     * versions when someone else saved the fact in between.
     */
    public void updateFact(ChronologyEntry base, ChronologyEntry edited) {
        database.inTransaction(() -> {
            long id = edited.fact().id();
            ChronologyEntry before = chronology.findForUpdate(id).orElseThrow(() -> new AlreadyDeletedException(
                    "the fact \"" + shorten(base.fact().fact()) + "\""));
            if (!before.equals(base)) {
                throw new EditConflictException(new EditConflict<>("the fact \"" + shorten(before.fact().fact()) + "\"",
                        base, edited, before));
            }
            if (before.equals(edited)) {
                return;
            }
            chronology.update(edited.fact(), edited.tracedCallIds());
            audit.record("case", edited.fact().caseId(), "fact-edited", describe(edited.fact(), edited.tracedCallIds()));
        });
    }

    /**
     * Deletes the fact the user saw as {@code seen} (with its linked calls); refused with both versions when
     * someone else changed it since (decision 0709), and said plainly when someone else deleted it already.
     */
    public void deleteFact(ChronologyEntry seen) {
        CaseFact fact = seen.fact();
        database.inTransaction(() -> {
            ChronologyEntry stored = chronology.findForUpdate(fact.id())
                    .orElseThrow(() -> new AlreadyDeletedException("the fact \"" + shorten(fact.fact()) + "\""));
            if (!stored.equals(seen)) {
                throw DeleteConflictException.of("the fact \"" + shorten(stored.fact().fact()) + "\"", seen, stored);
            }
            deletions.remember(CasePart.FACTS, fact.id());
            chronology.delete(fact.id());
            audit.record("case", fact.caseId(), "fact-deleted", describe(fact, seen.tracedCallIds()));
        });
    }

    /** Adds a step to a provider's history; a removal order also marks the provider as removed from the RMD. */
    public EnforcementAction addEnforcementAction(EnforcementAction action) {
        return database.inTransaction(() -> {
            EnforcementAction stored = enforcement.insert(action);
            if (action.kind() == EnforcementKind.REMOVAL_ORDER) {
                providers.find(action.providerId()).filter(p -> p.rmdStatus() != RmdStatus.REMOVED)
                        .ifPresent(p -> providers.update(p.withRmd(p.rmdNumber(), RmdStatus.REMOVED)));
            }
            audit.record("provider", action.providerId(), "enforcement-added", action.kind().label() + " of " + action.date()
                    + (action.fileNumber() == null ? "" : ", file " + action.fileNumber()));
            return stored;
        });
    }

    /**
     * Saves a provider's edited details (name, FRN, country, contact) made from {@code base}, the provider as the
     * user read it; refused with both versions when someone else (or an RMD import) changed it in between.
     */
    public void saveProvider(org.tracebench.model.Provider base, org.tracebench.model.Provider edited) {
        database.inTransaction(() -> {
            org.tracebench.model.Provider before = providers.findForUpdate(edited.id())
                    .orElseThrow(() -> new IllegalArgumentException("no provider " + edited.id()));
            if (!before.equals(base)) {
                throw new EditConflictException(new EditConflict<>("the provider " + before.name(), base, edited, before));
            }
            List<String> changed = org.tracebench.model.RecordFields.differences(before, edited).stream()
                    .map(path -> org.tracebench.model.RecordFields.label(path) + ": \"" + shorten(org.tracebench.model.RecordFields.get(before, path))
                            + "\" -> \"" + shorten(org.tracebench.model.RecordFields.get(edited, path)) + "\"").toList();
            if (changed.isEmpty()) {
                return;
            }
            providers.update(edited);
            audit.record("provider", edited.id(), "edited", String.join("; ", changed));
        });
    }

    /**
     * Deletes the action the user saw as {@code action}; refused with both versions when someone else changed it
     * since (decision 0709), and said plainly when someone else deleted it already.
     */
    public void deleteEnforcementAction(EnforcementAction action) {
        database.inTransaction(() -> {
            String what = "the " + action.kind().label() + " of " + action.date();
            EnforcementAction stored = enforcement.findForUpdate(action.id()).orElseThrow(() -> new AlreadyDeletedException(what));
            if (!stored.equals(action)) {
                throw DeleteConflictException.of(what, action, stored);
            }
            if (action.caseId() != null) {
                deletions.remember(CasePart.ENFORCEMENT, action.id());
            }
            enforcement.delete(action.id());
            audit.record("provider", action.providerId(), "enforcement-deleted", action.kind().label() + " of " + action.date());
        });
    }

    private static String describe(CaseFact fact, List<Long> callIds) {
        return (fact.date() == null ? "" : fact.date() + ": ") + fact.fact() + (fact.disputed() ? " (disputed)" : "")
                + (callIds.isEmpty() ? "" : " calls " + callIds);
    }

    static EnforcementKind kindOf(LetterKind kind) {
        return switch (kind) {
            case FCC_CEASE_AND_DESIST -> EnforcementKind.CEASE_AND_DESIST;
            case WARNING_LETTER -> EnforcementKind.WARNING_LETTER;
            case TASK_FORCE_NOTICE -> EnforcementKind.NOTICE;
        };
    }

    static List<String> changes(CaseFile a, CaseFile b) {
        List<String> out = new ArrayList<>();
        diff(out, "title", a.title(), b.title());
        diff(out, "key", a.key(), b.key());
        diff(out, "target", a.targetProviderId(), b.targetProviderId());
        diff(out, "issuing office", a.issuingOffice(), b.issuingOffice());
        diff(out, "letter kind", a.letterKind(), b.letterKind());
        diff(out, "status", a.status(), b.status());
        diff(out, "opened on", a.openedOn(), b.openedOn());
        diff(out, "letter date", a.letterDate(), b.letterDate());
        diff(out, "signatory", a.signatory(), b.signatory());
        diff(out, "recipient", a.recipient(), b.recipient());
        diff(out, "notes", a.notes(), b.notes());
        return out;
    }

    private static void diff(List<String> out, String field, Object before, Object after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            out.add(field + ": \"" + shorten(before) + "\" -> \"" + shorten(after) + "\"");
        }
    }

    private static Object blankToNull(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }

    private static String shorten(Object value) {
        String text = value == null ? "" : value.toString().replace('\n', ' ');
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
