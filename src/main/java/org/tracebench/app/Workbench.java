package org.tracebench.app;

import java.nio.file.Path;
import java.time.Clock;
import org.tracebench.cases.AuditQueries;
import org.tracebench.cases.CaseEditor;
import org.tracebench.cases.CaseKeys;
import org.tracebench.cases.CaseOverview;
import org.tracebench.cases.Casework;
import org.tracebench.cases.DeadlinesDashboard;
import org.tracebench.cases.ProviderCases;
import org.tracebench.cases.SearchService;
import org.tracebench.graph.CallDataReader;
import org.tracebench.graph.ProviderQueries;
import org.tracebench.ingest.CallEditing;
import org.tracebench.ingest.ColumnMappings;
import org.tracebench.ingest.ImportBatches;
import org.tracebench.ingest.Importer;
import org.tracebench.ingest.CampaignMerges;
import org.tracebench.ingest.CampaignProposals;
import org.tracebench.ingest.ProviderMerges;
import org.tracebench.letters.FindingEdits;
import org.tracebench.letters.FindingSources;
import org.tracebench.letters.FindingsEngine;
import org.tracebench.letters.LetterService;
import org.tracebench.letters.Offices;
import org.tracebench.letters.TemplateLibrary;
import org.tracebench.rmd.RmdImporter;
import org.tracebench.rmd.RmdService;
import org.tracebench.rmd.RmdSnapshotStore;
import org.tracebench.samples.SampleCases;
import org.tracebench.sheets.AttachmentExporter;
import org.tracebench.sheets.ColumnPresets;
import org.tracebench.store.AuditLog;
import org.tracebench.store.Backups;
import org.tracebench.store.IntegrityCheck;
import org.tracebench.store.Restore;
import org.tracebench.work.Progress;
import org.tracebench.store.CampaignRepository;
import org.tracebench.store.CaseFactRepository;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.DeadlineRepository;
import org.tracebench.store.NoticeRepository;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.TracedCallRepository;
import org.tracebench.transfer.CaseTransfer;
import org.tracebench.work.TempFolder;

/**
 * The composition root: one open case store, and every repository and service over it built once, here,
 * with the one clock and the one acting user of this run. The GUI and each batch command create one and
 * hand it down; screens and commands take their services from it and never see the database itself.
 */
public final class Workbench implements AutoCloseable {

    /** Phone numbers typed in the call table without a country code are read as North American. */
    private static final String CALL_TABLE_REGION = "US";

    private final Database database;
    private final Clock clock;
    private final ActingUser actor;
    private final Repositories repositories;
    private final AuditLog audit;
    private final org.tracebench.store.DeletionLog deletions;
    private final ProviderMerges providerMerges;
    private final CampaignMerges campaignMerges;
    private final CampaignProposals campaignProposals;
    private final Importer importer;
    private final ImportBatches importBatches;
    private final ColumnMappings columnMappings;
    private final CallEditing callEditing;
    private final ProviderQueries providerQueries;
    private final CallDataReader callData;
    private final AttachmentExporter attachmentExporter;
    private final ColumnPresets columnPresets;
    private final SampleCases samples;
    private final LetterService letters;
    private final Casework casework;
    private final RmdService rmd;
    private final TempFolder temp;
    private final Backups backups;
    private final CaseTransfer caseTransfer;
    private final org.tracebench.cases.CaseChanges changes;
    private volatile boolean backUpOnClose;
    /** The one system clock of the application: workbenches and restores made without a workbench read it. */
    private static final Clock SYSTEM_CLOCK = Clock.systemDefaultZone();

    /**
     * A workbench on the system clock. On a server the actor is the database role the user signed in with,
     * so the audit log names who the server let in, not a login name any machine can claim; on the embedded
     * store it is the user named by {@link ActingUser#fromSystem()}.
     */
    public Workbench(Database database) {
        this(database, SYSTEM_CLOCK, database.serverUser().map(ActingUser::new).orElseGet(ActingUser::fromSystem));
    }

    public Workbench(Database database, Clock clock, ActingUser actor) {
        this.database = database;
        this.clock = clock;
        this.actor = actor;
        this.audit = new AuditLog(database, actor.name(), clock);
        Repositories r = new Repositories(database, audit);
        this.repositories = r;
        this.temp = TempFolder.open(tempRoot(database.location()));
        this.deletions = new org.tracebench.store.DeletionLog(database, actor.name(), clock);
        this.providerMerges = new ProviderMerges(database, r.providers, audit, actor.name(), clock);
        this.campaignMerges = new CampaignMerges(database, r.campaigns, audit, actor.name(), clock);
        this.campaignProposals = new CampaignProposals(database, r.campaigns);
        this.importer = new Importer(database, r.providers, r.campaigns, r.cases, providerMerges, r.importBatches, audit, clock);
        this.importBatches = new ImportBatches(database, r.importBatches, audit, clock, deletions);
        this.columnMappings = new ColumnMappings(importer, r.rememberedMappings, actor.name(), clock);
        this.callEditing = new CallEditing(database, r.calls, r.providers, r.campaigns, r.cases, providerMerges, audit,
                CALL_TABLE_REGION, deletions);
        this.providerQueries = new ProviderQueries(r.calls, r.providers);
        this.callData = new CallDataReader(r.providers, r.calls, r.cases);
        this.attachmentExporter = new AttachmentExporter(database, r.cases, r.providers, r.calls, temp, r.callSources);
        this.columnPresets = new ColumnPresets(database, clock);
        this.samples = new SampleCases(database, r.providers, r.cases, r.calls, r.facts, audit);
        this.letters = letters(database, r, providerQueries, audit, clock, temp);
        this.casework = casework(database, r, audit, clock, deletions);
        this.rmd = rmd(database, r, providerQueries, audit, clock);
        this.backups = new Backups(database, clock);
        this.caseTransfer = new CaseTransfer(database, new org.tracebench.store.CaseTransferRepository(database),
                new org.tracebench.store.CaseCarryRepository(database), audit, clock,
                temp, "Tracebench " + Version.current(), deletions);
        this.changes = new org.tracebench.cases.CaseChanges(database);
        if (database.location().isEmbedded()) {
            // A backup or restore killed half-way leaves copies of case data behind; nothing else uses them.
            Restore.discard(database.location());
            try {
                Backups.removeLeftovers(database.location());
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(Workbench.class).warn("Cannot remove a half-written backup", e);
            }
        }
    }

    /** Signs in to a server location without opening it; says what it found, or throws with a one-line reason. */
    public static String probeServer(DatabaseLocation location) {
        return Database.probeServer(location);
    }

    /**
     * Whether opening a server failed because it refused the user name or password (SQL states 28P01, 28000),
     * as when a password kept in the keyring was changed on the server since.
     */
    public static boolean signInRefused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && ("28P01".equals(sql.getSQLState())
                    || "28000".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    public static Workbench open(DatabaseLocation location) {
        return new Workbench(Database.open(location));
    }

    /** Opens as {@link #open(DatabaseLocation)}; {@code notices} hears before a slow recovery after an unclean stop. */
    public static Workbench open(DatabaseLocation location, java.util.function.Consumer<String> notices) {
        return new Workbench(Database.open(location, notices));
    }

    public static Workbench open(DatabaseLocation location, Clock clock, ActingUser actor) {
        return new Workbench(Database.open(location), clock, actor);
    }

    /**
     * Temporary files hold case data, so they stay beside the store, in the user's own data directory: the
     * embedded store's folder, or for a server store the default data directory.
     */
    static Path tempRoot(DatabaseLocation location) {
        Path data = location.isEmbedded() ? location.directory() : DatabaseLocation.defaultDirectory();
        return data.resolve("tmp");
    }

    private static LetterService letters(Database database, Repositories r, ProviderQueries queries, AuditLog audit,
                                         Clock clock, TempFolder temp) {
        LetterService.Stores stores = new LetterService.Stores(r.cases, r.providers, r.calls, r.facts, r.notices,
                r.deadlines, r.letterFields);
        return new LetterService(database, stores, new TemplateLibrary(database, clock, audit), new FindingEdits(database, audit),
                new FindingsEngine(queries, r.calls, new FindingSources(r.callSources)), audit, clock, temp,
                new Offices(database, r.offices, audit));
    }

    private static Casework casework(Database database, Repositories r, AuditLog audit, Clock clock,
                                     org.tracebench.store.DeletionLog deletions) {
        CaseKeys keys = new CaseKeys(r.cases, clock);
        CaseEditor.Stores stores = new CaseEditor.Stores(r.cases, r.notices, r.deadlines, r.responses, r.chronology,
                r.enforcement, r.providers);
        return new Casework(new CaseEditor(database, stores, keys, audit, clock, deletions),
                new DeadlinesDashboard(r.deadlines, r.cases, clock), new SearchService(database),
                new CaseOverview(database, r.deadlines, r.responses, clock), new AuditQueries(database, clock),
                new ProviderCases(database, r.cases), keys, stores, clock);
    }

    private static RmdService rmd(Database database, Repositories r, ProviderQueries queries, AuditLog audit, Clock clock) {
        RmdSnapshotStore snapshots = new RmdSnapshotStore(database);
        return new RmdService(snapshots, new RmdImporter(database, r.providers, snapshots, queries, audit, clock));
    }

    /** Where the case store lives, for the status bar and the about box. */
    public DatabaseLocation location() {
        return database.location();
    }

    /** The store's schema version, for the about box. */
    /** A number that moves on every committed write, so a screen can tell whether what it shows is stale. */
    public long dataVersion() {
        return database.dataVersion();
    }

    /**
     * Reports every store connection taken on a thread the predicate names (the window's FX thread), so that
     * work which would freeze the window is found; the store itself knows nothing of the toolkit.
     */
    public void forbidStoreAccessOn(java.util.function.Predicate<Thread> forbidden,
            java.util.function.Consumer<IllegalStateException> report) {
        database.setForbiddenThread(forbidden, report);
    }

    public String schemaVersion() {
        return database.schemaVersion();
    }

    /** "Today" and "now" for every service of this workbench. */
    public Clock clock() {
        return clock;
    }

    public ActingUser actor() {
        return actor;
    }

    public ProviderRepository providers() {
        return repositories.providers;
    }

    public CaseRepository cases() {
        return repositories.cases;
    }

    public TracedCallRepository calls() {
        return repositories.calls;
    }

    public CampaignRepository campaigns() {
        return repositories.campaigns;
    }

    public NoticeRepository notices() {
        return repositories.notices;
    }

    public DeadlineRepository deadlines() {
        return repositories.deadlines;
    }

    public CaseFactRepository facts() {
        return repositories.facts;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The deleted records of cases, which case files carry (decision 0710). */
    public org.tracebench.store.DeletionLog deletions() {
        return deletions;
    }

    /** Imports of attachment tables and traceback files. */
    public Importer importer() {
        return importer;
    }

    /** The imports recorded per case, and undoing one whole. */
    public ImportBatches importBatches() {
        return importBatches;
    }

    /** The mapping step of imports: a file's columns with their first values, and mappings remembered per header set. */
    public ColumnMappings columnMappings() {
        return columnMappings;
    }

    /** The call table's edits of a case's traced calls. */
    public CallEditing callEditing() {
        return callEditing;
    }

    /** Campaigns under canonical names: merging one into another, and undoing it. */
    public CampaignMerges campaignMerges() {
        return campaignMerges;
    }

    /** Proposed campaign merges: variants and likely typos, among the data's and the common campaign names. */
    public CampaignProposals campaignProposals() {
        return campaignProposals;
    }

    /** Merges of provider spellings and parties, their history and undoing. */
    public ProviderMerges providerMerges() {
        return providerMerges;
    }

    /** Who took and handed traffic to a provider, and which tracebacks it left unanswered. */
    public ProviderQueries providerQueries() {
        return providerQueries;
    }

    /** What the graph is built from, read the same way for the Graph screen and the graph commands. */
    public CallDataReader callData() {
        return callData;
    }

    /** A case's calls written as an Attachment A workbook. */
    public AttachmentExporter attachmentExporter() {
        return attachmentExporter;
    }

    /** The saved column layouts of attachment exports. */
    public ColumnPresets columnPresets() {
        return columnPresets;
    }

    public SampleCases samples() {
        return samples;
    }

    /** Letters: templates, findings, citations, PDF and DOCX export (issue #5). */
    public LetterService letters() {
        return letters;
    }

    /** Case editing, deadlines dashboard, search, overview figures and the audit viewer's queries. */
    public Casework casework() {
        return casework;
    }

    /** What other people wrote lately, for screens that follow a shared store (decision 0705). */
    public org.tracebench.cases.CaseChanges changes() {
        return changes;
    }

    /** This session's private folder for temporary files (exports are staged there, see work.StagedFile). */
    public TempFolder tempFolder() {
        return temp;
    }

    /** RMD snapshots: import, review list, diff. */
    public RmdService rmd() {
        return rmd;
    }

    /** Cases that travel: a case exported as one .tbcase file, and such a file imported into this database. */
    public CaseTransfer caseTransfer() {
        return caseTransfer;
    }

    /** Backups of the embedded store: manual, daily, and the number kept. */
    public Backups backups() {
        return backups;
    }

    /**
     * From now on, closing this workbench after a change takes an automatic backup (the window and batch
     * commands ask for it; tests and tools that open a workbench for a moment do not).
     */
    public void backUpOnClose() {
        this.backUpOnClose = true;
    }

    /** True when the previous run did not close the store (killed, power lost): an integrity check is due. */
    public boolean openedAfterUncleanStop() {
        return database.openedAfterUncleanStop();
    }

    /** Reads every table and looks for rows pointing at rows that do not exist. */
    public IntegrityCheck.Report checkIntegrity(Progress progress) {
        return new IntegrityCheck(database).run(progress);
    }

    /**
     * Sets every case's kept call count to the calls it holds, in one transaction (the repair the check names
     * when a count is wrong, decision 0712); each corrected case gets an audit entry. Returns the cases corrected.
     */
    public java.util.List<org.tracebench.store.CallCounts.Mismatch> recountCalls() {
        return database.inTransaction(() -> {
            java.util.List<org.tracebench.store.CallCounts.Mismatch> wrong =
                    database.withConnection(org.tracebench.store.CallCounts::recount);
            for (org.tracebench.store.CallCounts.Mismatch m : wrong) {
                audit().record("case", m.caseId(), "calls-recounted", "call count " + m.kept() + " -> " + m.held());
            }
            return wrong;
        });
    }

    /** Checks a backup for a restore into this (open) workbench's database, which stays untouched. */
    public Restore.Checked checkBackup(Path backup, Progress progress) {
        return Restore.check(location(), backup, progress);
    }

    /** Checks a backup for a restore into {@code location} without touching the database there. */
    public static Restore.Checked checkBackup(DatabaseLocation location, Path backup, Progress progress) {
        Restore.refuseIfInUse(location);
        return Restore.check(location, backup, progress);
    }

    /** A restore by a batch command, dated by the system clock (the name of the kept backup carries it). */
    public static java.util.Optional<Path> restore(DatabaseLocation location, Restore.Checked checked) {
        return restore(location, checked, SYSTEM_CLOCK);
    }

    /** Puts a checked backup in place of the closed database at {@code location}; returns where the old one was kept. */
    public static java.util.Optional<Path> restore(DatabaseLocation location, Restore.Checked checked, Clock clock) {
        return Restore.replace(location, checked, clock);
    }

    /**
     * The window's restore: closes this workbench (without a backup of its own, since the restore keeps the
     * replaced file) and puts the checked backup in place; the caller opens a new workbench afterwards.
     */
    public java.util.Optional<Path> closeAndRestore(Restore.Checked checked) {
        backUpOnClose = false;
        close();
        return restore(location(), checked, clock);
    }

    @Override
    public void close() {
        if (backUpOnClose && database.location().isEmbedded() && database.dataVersion() > 0) {
            try {
                backups.backUpNow();
            } catch (RuntimeException e) {
                // A failed backup must not keep the store from closing; the next close or day tries again.
                org.slf4j.LoggerFactory.getLogger(Workbench.class).error("Automatic backup on close failed", e);
            }
        }
        temp.close();
        database.close();
    }
}
