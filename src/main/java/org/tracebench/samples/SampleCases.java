package org.tracebench.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.AttachmentRows;
import org.tracebench.ingest.PartyResolver;
import org.tracebench.ingest.TimestampParser;
import org.tracebench.model.CaseFact;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseStatus;
import org.tracebench.model.Contact;
import org.tracebench.model.Hop;
import org.tracebench.model.HopRole;
import org.tracebench.model.LetterKind;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.RmdStatus;
import org.tracebench.model.StirShaken;
import org.tracebench.model.TracedCall;
import org.tracebench.store.AuditLog;
import org.tracebench.store.CaseFactRepository;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.TracedCallRepository;
import org.tracebench.work.Progress;

/**
 * The sample cases built from the three public reference letters (files under sample-data/, shipped in
 * the jar). Loading is one transaction; removing takes away the sample cases and the parties that only
 * they used.
 */
public final class SampleCases {

    private static final String ROOT = "/sample-data/";

    private final Database database;
    private final ProviderRepository providers;
    private final CaseRepository cases;
    private final TracedCallRepository calls;
    private final CaseFactRepository facts;
    private final AuditLog audit;

    public SampleCases(Database database, ProviderRepository providers, CaseRepository cases, TracedCallRepository calls,
                       CaseFactRepository facts, AuditLog audit) {
        this.database = database;
        this.providers = providers;
        this.cases = cases;
        this.calls = calls;
        this.facts = facts;
        this.audit = audit;
    }

    /** True when the store holds no case and no party, as on first start. */
    public boolean storeIsEmpty() {
        return cases.count() == 0 && providers.count() == 0;
    }

    /** True while the user has no case of their own: the store holds only sample cases, or none. */
    public boolean onlySamples() {
        return cases.findAll().stream().allMatch(CaseFile::sample);
    }

    public boolean loaded() {
        return cases.findAll().stream().anyMatch(CaseFile::sample);
    }

    /** Loads every sample case that is not in the store yet; returns the cases added. */
    public List<CaseFile> load() {
        return load(Progress.NONE);
    }

    /** As {@link #load()}, reporting each case; a cancel rolls the whole load back. */
    public List<CaseFile> load(Progress progress) {
        return database.inTransaction(() -> {
            PartyResolver parties = new PartyResolver(providers, true);
            loadParties(parties);
            List<CaseFile> added = new ArrayList<>();
            List<CSVRecord> caseRows = csv("cases.csv");
            int done = 0;
            for (CSVRecord row : caseRows) {
                progress.checkCancelled();
                progress.update(done++, caseRows.size(), "Loading sample case " + row.get("title") + "…");
                if (cases.findByKey(row.get("key")).isPresent()) {
                    continue;
                }
                CaseFile caseFile = cases.insert(toCase(row, parties));
                loadCalls(caseFile, parties);
                added.add(caseFile);
                audit.record("case", caseFile.id(), "sample-loaded", caseFile.title());
            }
            for (CSVRecord row : csv("facts.csv")) {
                CaseFile owner = added.stream().filter(c -> c.key().equals(row.get("case"))).findFirst().orElse(null);
                if (owner != null) {
                    facts.insert(new CaseFact(0, owner.id(), LocalDate.parse(row.get("date")), row.get("fact"),
                            row.get("source"), false));
                }
            }
            progress.update(caseRows.size(), caseRows.size(), "Sample cases loaded");
            return added;
        });
    }

    /** Removes the sample cases and the sample parties no other data refers to; returns cases removed. */
    public int remove() {
        return database.inTransaction(() -> database.withConnection(c -> {
            int removed = Jdbc.update(c, "DELETE FROM case_file WHERE sample = TRUE");
            Jdbc.update(c, """
                    DELETE FROM provider WHERE sample = TRUE
                      AND id NOT IN (SELECT provider_id FROM hop)
                      AND id NOT IN (SELECT provider_id FROM traced_call_customer)
                      AND id NOT IN (SELECT target_provider_id FROM case_file WHERE target_provider_id IS NOT NULL)""");
            audit.record("case", null, "samples-removed", removed + " sample cases");
            return removed;
        }));
    }

    private void loadParties(PartyResolver parties) {
        for (CSVRecord row : csv("parties.csv")) {
            if (providers.findByName(row.get("name")).isPresent()) {
                continue;
            }
            Provider provider = new Provider(0, row.get("name"), PartyKind.valueOf(upper(row.get("kind"))),
                    split(row.get("aliases")), blank(row.get("frn")), blank(row.get("rmd_number")),
                    RmdStatus.valueOf(upper(row.get("rmd_status"))), Boolean.parseBoolean(row.get("foreign")),
                    blank(row.get("country")), StirShaken.valueOf(upper(row.get("stir_shaken"))),
                    new Contact(blank(row.get("contact_person")), blank(row.get("contact_title")),
                            blank(row.get("contact_address")), split(row.get("contact_emails")),
                            blank(row.get("contact_phone"))),
                    Boolean.parseBoolean(row.get("illustrative")));
            providers.insert(provider, true);
        }
    }

    private CaseFile toCase(CSVRecord row, PartyResolver parties) {
        Provider target = parties.resolve(row.get("target"), PartyKind.PROVIDER);
        Contact recipient = new Contact(blank(row.get("recipient_person")), blank(row.get("recipient_title")),
                blank(row.get("recipient_address")), split(row.get("recipient_emails")), null);
        return new CaseFile(0, row.get("key"), row.get("title"), target.id(), row.get("issuing_office"),
                LetterKind.fromSlug(row.get("letter_kind")), CaseStatus.valueOf(upper(row.get("status"))),
                LocalDate.parse(row.get("opened_on")), LocalDate.parse(row.get("letter_date")), row.get("signatory"),
                recipient, blank(row.get("notes")), true);
    }

    private void loadCalls(CaseFile caseFile, PartyResolver parties) {
        String attachment = caseFile.key() + "-attachment-a.tsv";
        if (exists(attachment)) {
            loadAttachment(caseFile, attachment, parties);
        }
        String tracebacks = caseFile.key() + "-tracebacks.csv";
        if (exists(tracebacks)) {
            loadTracebacks(caseFile, tracebacks, parties);
        }
    }

    /** Attachment A rows as printed; each call gets the case's (partly illustrative) path above its customer. */
    private void loadAttachment(CaseFile caseFile, String file, PartyResolver parties) {
        List<CSVRecord> path = csv(caseFile.key() + "-path.csv");
        for (CSVRecord row : read(file, CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false).setTrim(false).get())) {
            Map<AttachmentColumn, String> cells = new EnumMap<>(AttachmentColumn.class);
            for (AttachmentColumn column : AttachmentColumn.values()) {
                cells.put(column, row.isMapped(column.header()) && row.isSet(column.header()) ? row.get(column.header()) : "");
            }
            TracedCall call = AttachmentRows.toCall(caseFile.id(), cells);
            call.customers().forEach(name -> parties.resolve(name, PartyKind.CUSTOMER));
            Instant firstNotice = call.notifications().isEmpty() ? null : call.notifications().get(0);
            List<Hop> hops = new ArrayList<>();
            for (CSVRecord step : path) {
                Provider provider = parties.resolve(step.get("provider"), PartyKind.PROVIDER);
                HopRole role = HopRole.valueOf(upper(step.get("role")));
                boolean last = role == HopRole.ORIGINATING;
                ResponseStatus response = last ? call.response() : ResponseStatus.UPSTREAM_IDENTIFIED;
                hops.add(new Hop(0, 0, Integer.parseInt(step.get("hop")), provider.id(), role,
                        last ? firstNotice : null, null, response, null, provider.illustrative()));
            }
            calls.insert(call, hops);
        }
    }

    /** Rows of the traceback exchange format (one per hop), grouped by traceback id. */
    private void loadTracebacks(CaseFile caseFile, String file, PartyResolver parties) {
        Map<String, List<CSVRecord>> byTraceback = new LinkedHashMap<>();
        for (CSVRecord row : csv(file)) {
            byTraceback.computeIfAbsent(row.get("traceback_id"), k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<CSVRecord>> entry : byTraceback.entrySet()) {
            List<CSVRecord> rows = entry.getValue();
            CSVRecord first = rows.get(0);
            CSVRecord top = rows.get(rows.size() - 1);
            List<Hop> hops = new ArrayList<>();
            for (CSVRecord row : rows) {
                Provider provider = parties.resolve(row.get("provider"), PartyKind.PROVIDER);
                hops.add(new Hop(0, 0, Integer.parseInt(row.get("hop")), provider.id(),
                        HopRole.valueOf(upper(row.get("role"))), TimestampParser.parseOne(row.get("notified_at_utc")),
                        TimestampParser.parseOne(row.get("responded_at_utc")),
                        ResponseStatus.valueOf(upper(row.get("response"))), blank(row.get("attestation")),
                        true));
            }
            String customer = blank(top.get("customer"));
            if (customer != null) {
                parties.resolve(customer, PartyKind.CUSTOMER);
            }
            Instant notified = TimestampParser.parseOne(top.get("notified_at_utc"));
            TracedCall call = new TracedCall(0, caseFile.id(), entry.getKey(),
                    TimestampParser.parseOne(first.get("call_time_utc")), blank(first.get("caller_id")),
                    blank(first.get("called_number")), blank(first.get("campaign")), blank(first.get("violation")),
                    notified == null ? List.of() : List.of(notified),
                    ResponseStatus.valueOf(upper(top.get("response"))),
                    customer == null ? List.of() : List.of(customer), customer, blank(first.get("campaign")));
            calls.insert(call, hops);
        }
    }

    private static boolean exists(String file) {
        return SampleCases.class.getResource(ROOT + file) != null;
    }

    private static List<CSVRecord> csv(String file) {
        return read(file, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get());
    }

    private static List<CSVRecord> read(String file, CSVFormat format) {
        try (InputStream in = SampleCases.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("sample file missing from the build: " + file);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return format.parse(reader).getRecords().stream()
                        .filter(r -> !(r.size() == 1 && r.get(0).isBlank())).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample file " + file, e);
        }
    }

    private static String upper(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
