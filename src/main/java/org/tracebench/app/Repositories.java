package org.tracebench.app;

import org.tracebench.cases.ChronologyRepository;
import org.tracebench.cases.EnforcementRepository;
import org.tracebench.cases.ResponseRepository;
import org.tracebench.letters.LetterFieldRepository;
import org.tracebench.letters.OfficeRepository;
import org.tracebench.store.CallSourceRepository;
import org.tracebench.store.CampaignRepository;
import org.tracebench.store.CaseFactRepository;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.DeadlineRepository;
import org.tracebench.store.HopLinkRepository;
import org.tracebench.store.ImportBatchRepository;
import org.tracebench.store.NoticeRepository;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.RememberedMappingRepository;
import org.tracebench.store.TracedCallRepository;

/** Every repository over one store, each built once; the services share these instances. */
final class Repositories {

    final ProviderRepository providers;
    final CampaignRepository campaigns;
    final CaseRepository cases;
    final HopLinkRepository hopLinks;
    final TracedCallRepository calls;
    final NoticeRepository notices;
    final DeadlineRepository deadlines;
    final CaseFactRepository facts;
    final ResponseRepository responses;
    final ChronologyRepository chronology;
    final EnforcementRepository enforcement;
    final LetterFieldRepository letterFields;
    final ImportBatchRepository importBatches;
    final CallSourceRepository callSources;
    final RememberedMappingRepository rememberedMappings;
    final OfficeRepository offices;

    Repositories(Database database, org.tracebench.store.AuditLog audit) {
        providers = new ProviderRepository(database);
        campaigns = new CampaignRepository(database);
        cases = new CaseRepository(database);
        hopLinks = new HopLinkRepository(database);
        calls = new TracedCallRepository(database, providers, campaigns, hopLinks);
        notices = new NoticeRepository(database);
        deadlines = new DeadlineRepository(database);
        facts = new CaseFactRepository(database);
        responses = new ResponseRepository(database);
        chronology = new ChronologyRepository(database, facts);
        enforcement = new EnforcementRepository(database);
        letterFields = new LetterFieldRepository(database, audit);
        importBatches = new ImportBatchRepository(database);
        callSources = new CallSourceRepository(database);
        rememberedMappings = new RememberedMappingRepository(database);
        offices = new OfficeRepository(database);
    }
}
