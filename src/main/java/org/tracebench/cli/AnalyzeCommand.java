package org.tracebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.graph.Dossiers;
import org.tracebench.graph.Neighbour;
import org.tracebench.graph.NonResponses;
import org.tracebench.graph.Party;
import org.tracebench.graph.ProviderDossier;
import org.tracebench.graph.export.DossierCsv;
import org.tracebench.work.StagedFile;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints a provider's dossier: RMD status, tracebacks, non-responses, last-hop counts, neighbours, cases. */
@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true,
        description = "Print a provider's dossier: downstream, upstream, non-responses, RMD status, last-hop counts.")
public final class AnalyzeCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--provider", paramLabel = "NAME", required = true, description = "Provider name or alias.")
    String provider;

    @Option(names = "--since", paramLabel = "DATE", description = "Only calls on or after this date (yyyy-mm-dd, UTC).")
    String since;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the dossier as CSV to this file.")
    Path csv;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Instant sinceInstant = Dates.startOf(since, "--since");
        try (Workbench workbench = top.openWorkbench()) {
            Dossiers dossiers = new Dossiers(workbench.callData().read());
            Party party = dossiers.find(provider)
                    .orElseThrow(() -> new BadInputException("No provider named \"" + provider + "\" in any traced call"));
            ProviderDossier dossier = dossiers.of(party.id(), sinceInstant);
            print(dossier, out);
            if (csv != null) {
                StagedFile.write(workbench.tempFolder(), csv, stream -> {
                    try (Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                        new DossierCsv().write(dossier, writer);
                    }
                });
                out.printf("Dossier written to %s%n", csv);
            }
        }
        out.flush();
        return TracebenchCommand.EXIT_OK;
    }

    static void print(ProviderDossier dossier, PrintWriter out) {
        Provider p = dossier.provider();
        out.printf("Provider: %s%n", p.name());
        if (!p.aliases().isEmpty()) {
            out.printf("Also known as: %s%n", String.join("; ", p.aliases()));
        }
        out.printf("RMD: %s%s%n", p.rmdStatus().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                p.rmdNumber() == null ? "" : " (" + p.rmdNumber() + ")");
        if (dossier.since() != null) {
            out.printf("Since: %s%n", dossier.since());
        }
        out.printf("Tracebacks: %d%n", dossier.tracebacks());
        out.printf("Campaigns: %s%n", dossier.campaigns().isEmpty() ? "-" : String.join("; ", dossier.campaigns()));
        NonResponses silent = dossier.nonResponses();
        out.printf("Non-responses: %d%s%n", silent.count(), silent.count() == 0 ? ""
                : " (" + date(silent.first()) + " to " + date(silent.last()) + "; " + String.join("; ", silent.campaigns()) + ")");
        out.printf("Last traceable hop: %d traced calls%n", dossier.lastHops());
        neighbours("Downstream (accepted traffic directly from it)", dossier.downstream(), out);
        neighbours("Upstream (handed traffic to it)", dossier.upstream(), out);
        out.println("Cases:");
        for (CaseFile caseFile : dossier.cases()) {
            out.printf("  %d\t%s%n", caseFile.id(), caseFile.title());
        }
    }

    private static void neighbours(String heading, List<Neighbour> list, PrintWriter out) {
        out.println(heading + ":");
        if (list.isEmpty()) {
            out.println("  (none)");
        }
        for (Neighbour n : list) {
            out.printf("  %s\t%d traced calls\t%s to %s\t%s%n", n.provider().name(), n.tracedCalls(), date(n.first()),
                    date(n.last()), String.join("; ", n.campaigns()));
        }
    }

    private static String date(Instant instant) {
        return instant == null ? "?" : instant.toString().substring(0, 10);
    }
}
