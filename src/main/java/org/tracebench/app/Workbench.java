package org.tracebench.app;

import org.tracebench.letters.LetterService;
import java.time.Clock;
import org.tracebench.cases.Casework;
import org.tracebench.rmd.RmdService;
import org.tracebench.samples.SampleCases;
import org.tracebench.store.AuditLog;
import org.tracebench.store.CampaignRepository;
import org.tracebench.store.CaseFactRepository;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.DeadlineRepository;
import org.tracebench.store.NoticeRepository;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.TracedCallRepository;

/**
 * The composition root: one open case store and the repositories and services over it. Created once by
 * the GUI or a batch command and handed to the screens and commands that need it (no global lookup).
 */
public final class Workbench implements AutoCloseable {

    private final Database database;
    private final ProviderRepository providers;
    private final CaseRepository cases;
    private final TracedCallRepository calls;
    private final CampaignRepository campaigns;
    private final NoticeRepository notices;
    private final DeadlineRepository deadlines;
    private final CaseFactRepository facts;
    private final AuditLog audit;
    private final SampleCases samples;
    private final LetterService letters;
    private final Casework casework;
    private final RmdService rmd;

    public Workbench(Database database) {
        this.database = database;
        this.providers = new ProviderRepository(database);
        this.cases = new CaseRepository(database);
        this.calls = new TracedCallRepository(database);
        this.campaigns = new CampaignRepository(database);
        this.notices = new NoticeRepository(database);
        this.deadlines = new DeadlineRepository(database);
        this.facts = new CaseFactRepository(database);
        this.audit = new AuditLog(database);
        this.samples = new SampleCases(database);
        this.letters = new LetterService(database);
        this.casework = new Casework(database, audit, Clock.systemDefaultZone());
        this.rmd = new RmdService(database, audit, Clock.systemDefaultZone());
    }

    public static Workbench open(DatabaseLocation location) {
        return new Workbench(Database.open(location));
    }

    public Database database() {
        return database;
    }

    public ProviderRepository providers() {
        return providers;
    }

    public CaseRepository cases() {
        return cases;
    }

    public TracedCallRepository calls() {
        return calls;
    }

    public CampaignRepository campaigns() {
        return campaigns;
    }

    public NoticeRepository notices() {
        return notices;
    }

    public DeadlineRepository deadlines() {
        return deadlines;
    }

    public CaseFactRepository facts() {
        return facts;
    }

    public AuditLog audit() {
        return audit;
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

    /** RMD snapshots: import, review list, diff. */
    public RmdService rmd() {
        return rmd;
    }

    @Override
    public void close() {
        database.close();
    }
}
