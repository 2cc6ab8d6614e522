package org.tracebench.cases;

import java.time.Clock;
import org.tracebench.store.AuditLog;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.DeadlineRepository;

/** The case-side services over one store, sharing one clock (tests pass a fixed one to control "today"). */
public final class Casework {

    private final CaseEditor editor;
    private final DeadlinesDashboard dashboard;
    private final SearchService search;
    private final CaseOverview overview;
    private final AuditQueries auditQueries;
    private final ResponseRepository responses;
    private final ChronologyRepository chronology;
    private final EnforcementRepository enforcement;
    private final ProviderCases providerCases;
    private final Clock clock;

    public Casework(Database database, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.editor = new CaseEditor(database, audit, clock);
        this.dashboard = new DeadlinesDashboard(new DeadlineRepository(database), new CaseRepository(database), clock);
        this.search = new SearchService(database);
        this.overview = new CaseOverview(database, clock);
        this.auditQueries = new AuditQueries(database, clock);
        this.responses = new ResponseRepository(database);
        this.chronology = new ChronologyRepository(database);
        this.enforcement = new EnforcementRepository(database);
        this.providerCases = new ProviderCases(database);
    }

    public CaseEditor editor() {
        return editor;
    }

    public DeadlinesDashboard dashboard() {
        return dashboard;
    }

    public SearchService search() {
        return search;
    }

    public CaseOverview overview() {
        return overview;
    }

    public AuditQueries auditQueries() {
        return auditQueries;
    }

    public ResponseRepository responses() {
        return responses;
    }

    public ChronologyRepository chronology() {
        return chronology;
    }

    public EnforcementRepository enforcement() {
        return enforcement;
    }

    public ProviderCases providerCases() {
        return providerCases;
    }

    public Clock clock() {
        return clock;
    }
}
