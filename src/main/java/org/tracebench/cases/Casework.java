package org.tracebench.cases;

import java.time.Clock;

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

    private final CaseKeys keys;

    public Casework(CaseEditor editor, DeadlinesDashboard dashboard, SearchService search, CaseOverview overview,
                    AuditQueries auditQueries, ProviderCases providerCases, CaseKeys keys, CaseEditor.Stores stores,
                    Clock clock) {
        this.editor = editor;
        this.dashboard = dashboard;
        this.search = search;
        this.overview = overview;
        this.auditQueries = auditQueries;
        this.providerCases = providerCases;
        this.keys = keys;
        this.responses = stores.responses();
        this.chronology = stores.chronology();
        this.enforcement = stores.enforcement();
        this.clock = clock;
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

    /** The rule that proposes a new case's key from its title. */
    public CaseKeys keys() {
        return keys;
    }

    public Clock clock() {
        return clock;
    }
}
