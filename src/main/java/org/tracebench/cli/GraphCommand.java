package org.tracebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.graph.CallData;
import org.tracebench.graph.GraphFilter;
import org.tracebench.graph.GraphStyle;
import org.tracebench.graph.export.GraphDrawings;
import org.tracebench.graph.export.GraphFiles;
import org.tracebench.graph.export.GraphPicture;
import org.tracebench.graph.layout.GraphLayout;
import org.tracebench.model.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Draws the call-path graph of one case (or all cases) into an SVG, PNG, GraphML or DOT file. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Lay out the call-path graph and write it to a file (svg, png, graphml or dot, by extension).")
public final class GraphCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--case", paramLabel = "ID", description = "Case id or key; all cases when omitted.")
    String caseId;

    @Option(names = "--layout", paramLabel = "NAME", defaultValue = "layered",
            description = "layered (left to right, default), force or circular.")
    String layout;

    @Option(names = "--colour", paramLabel = "BY", defaultValue = "rmd", description = "Colour nodes by rmd (default) or response.")
    String colour;

    @Option(names = "--campaign", paramLabel = "NAME", description = "Only calls of this campaign (repeatable).")
    Set<String> campaigns;

    @Option(names = "--from", paramLabel = "DATE", description = "Only calls on or after this date (yyyy-mm-dd, UTC).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only calls on or before this date (yyyy-mm-dd, UTC).")
    String to;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Output file: .svg, .png, .graphml or .dot.")
    Path out;

    @Override
    public Integer call() throws IOException {
        GraphLayout chosenLayout;
        try {
            chosenLayout = GraphLayout.named(layout);
            GraphFiles.formatOf(out);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        GraphStyle.ColourBy colourBy = switch (colour.toLowerCase(Locale.ROOT)) {
            case "rmd" -> GraphStyle.ColourBy.RMD_STATUS;
            case "response" -> GraphStyle.ColourBy.RESPONSE;
            default -> throw new BadInputException("Unknown colouring \"" + colour + "\": use rmd or response");
        };
        PrintWriter console = spec.commandLine().getOut();
        try (Workbench workbench = top.openWorkbench()) {
            GraphFilter filter = GraphFilter.ALL.withCampaigns(campaigns)
                    .withDates(Dates.startOf(from, "--from"), Dates.endOf(to, "--to"));
            String title = "All cases";
            if (caseId != null) {
                CaseFile caseFile = workbench.cases().findByIdOrKey(caseId)
                        .orElseThrow(() -> new BadInputException("No case with id or key \"" + caseId + "\" (see: tracebench cases)"));
                filter = filter.withCase(caseFile.id());
                title = caseFile.title();
            }
            CallData data = workbench.callData().read();
            GraphPicture picture = GraphDrawings.draw(data, filter, chosenLayout, colourBy, title);
            GraphFiles.write(picture, out, workbench.tempFolder());
            console.printf("Wrote %s: %d parties, %d links (%s layout)%n", out, picture.view().size(),
                    picture.view().edges().size(), layout.toLowerCase(Locale.ROOT));
        }
        console.flush();
        return TracebenchCommand.EXIT_OK;
    }
}
