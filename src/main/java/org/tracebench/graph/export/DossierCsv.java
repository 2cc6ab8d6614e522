package org.tracebench.graph.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tracebench.graph.Neighbour;
import org.tracebench.graph.ProviderDossier;
import org.tracebench.model.CaseFile;

/**
 * A provider dossier as CSV, one fact per row (section, item, count, first, last, campaigns, traced call
 * ids) so it opens cleanly in a spreadsheet and every figure keeps its supporting calls.
 */
public final class DossierCsv {

    public void write(ProviderDossier dossier, Writer out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader("section", "item", "count", "first", "last", "campaigns", "traced_call_ids").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            var provider = dossier.provider();
            csv.printRecord("provider", provider.name(), "", "", "", "", "");
            for (String alias : provider.aliases()) {
                csv.printRecord("alias", alias, "", "", "", "", "");
            }
            csv.printRecord("rmd", provider.rmdStatus().name() + (provider.rmdNumber() == null ? "" : " " + provider.rmdNumber()),
                    "", "", "", "", "");
            csv.printRecord("since", text(dossier.since()), "", "", "", "", "");
            csv.printRecord("tracebacks", "", dossier.tracebacks(), "", "", String.join("; ", dossier.campaigns()),
                    ids(dossier.tracebackCallIds()));
            var silent = dossier.nonResponses();
            csv.printRecord("non-responses", "", silent.count(), text(silent.first()), text(silent.last()),
                    String.join("; ", silent.campaigns()), ids(silent.tracedCallIds()));
            csv.printRecord("last traceable hop", "", dossier.lastHops(), "", "", "", ids(dossier.lastHopCallIds()));
            for (Neighbour n : dossier.upstream()) {
                neighbour(csv, "upstream", n);
            }
            for (Neighbour n : dossier.downstream()) {
                neighbour(csv, "downstream", n);
            }
            for (CaseFile caseFile : dossier.cases()) {
                csv.printRecord("case", caseFile.title(), "", "", "", "", "");
            }
        }
    }

    private static void neighbour(CSVPrinter csv, String section, Neighbour n) throws IOException {
        csv.printRecord(section, n.provider().name(), n.tracedCalls(), text(n.first()), text(n.last()),
                String.join("; ", n.campaigns()), ids(n.tracedCallIds()));
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
