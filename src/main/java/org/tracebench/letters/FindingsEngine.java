package org.tracebench.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tracebench.graph.Neighbour;
import org.tracebench.graph.NonResponses;
import org.tracebench.graph.ProviderQueries;
import org.tracebench.model.Hop;
import org.tracebench.model.HopRole;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;
import org.tracebench.model.TracedCall;
import org.tracebench.store.TracedCallRepository;

/**
 * Computes a letter's findings about its target provider from the stored tracebacks: a missing or deficient
 * RMD filing, the providers that took its traffic directly, the traceback requests it left unanswered, the
 * calls it originated, and its traceback notice counts. Each finding carries its supporting traced calls.
 * The wording is ours and plain; the attorney may rewrite any finding.
 */
public final class FindingsEngine {

    public static final String RMD = "rmd";
    public static final String DOWNSTREAM = "downstream";
    public static final String NON_RESPONSE = "nonResponse";
    public static final String ORIGINATION = "origination";
    public static final String WARNING = "warning";

    private final ProviderQueries queries;
    private final TracedCallRepository calls;
    private final FindingSources sources;

    public FindingsEngine(ProviderQueries queries, TracedCallRepository calls, FindingSources sources) {
        this.queries = queries;
        this.calls = calls;
        this.sources = sources;
    }

    /** Where the calls behind findings came from. */
    public FindingSources sources() {
        return sources;
    }

    /** The findings the data supports for the target of a case, in letter order. */
    public List<Finding> compute(long caseId, Provider target, String shortName, LocalDate since) {
        Instant from = since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant();
        String sinceText = since == null ? null : LetterDates.monthYear(since);
        List<Neighbour> downstream = queries.downstreamOf(target.id(), from);
        NonResponses silent = queries.nonResponsesOf(target.id(), from);
        List<Finding> findings = new ArrayList<>();

        Set<String> campaigns = new TreeSet<>();
        Set<Long> carried = new LinkedHashSet<>();
        downstream.forEach(n -> {
            campaigns.addAll(n.campaigns());
            carried.addAll(n.tracedCallIds());
        });
        String campaignText = TemplateRenderer.naturalJoin(List.copyOf(campaigns));
        RmdStatus rmd = target.rmdStatus();
        boolean unlisted = rmd == RmdStatus.NOT_FILED || rmd == RmdStatus.DEFICIENT || rmd == RmdStatus.REMOVED;
        if (unlisted) {
            String text = switch (rmd) {
                case NOT_FILED -> shortName + " has filed neither a certification nor a robocall mitigation plan in the"
                        + " FCC's RMD, although the FCC requires every voice service provider, foreign or domestic, to file both.";
                case REMOVED -> shortName + "'s certification has been removed from the FCC's RMD, so no provider may"
                        + " accept its traffic.";
                default -> shortName + "'s filing in the FCC's RMD is deficient and does not meet the FCC's requirement"
                        + " that every voice service provider file a certification and a robocall mitigation plan.";
            };
            findings.add(new Finding(RMD, shortName + " " + rmdTitle(rmd), text, List.of(),
                    List.copyOf(carried), true, false));
        }
        if (!downstream.isEmpty()) {
            List<String> names = downstream.stream().map(n -> n.provider().name()).toList();
            String text = (unlisted ? "Although " + rmdClause(rmd, shortName) + ", " : "")
                    + (sinceText == null ? "" : (unlisted ? "since " : "Since ") + sinceText + " ") + shortName
                    + " has sent recurring, high-volume illegal or suspicious robocalls"
                    + (campaignText.isEmpty() ? "" : " about " + campaignText + " campaigns")
                    + " on or to the U.S. telephone network through these providers, each of which accepted its traffic directly:";
            String title = "Downstream providers accepted and carried traffic directly from " + shortName
                    + (unlisted ? " " + rmdDespite(rmd) : "");
            findings.add(new Finding(DOWNSTREAM, title, capitalize(text), names, List.copyOf(carried), true, false));
        }
        if (silent.count() > 0) {
            Set<Long> silentIds = new HashSet<>(silent.tracedCallIds());
            List<String> carriers = downstream.stream()
                    .filter(n -> n.tracedCallIds().stream().anyMatch(silentIds::contains))
                    .map(n -> n.provider().name()).toList();
            String text = "ITG call data show that " + (sinceText == null ? "" : "since " + sinceText + " ") + shortName
                    + " has not answered " + silent.count() + " traceback " + plural(silent.count(), "notice", "notices")
                    + " for calls it originated or carried on or to the U.S. telephone network"
                    + (silent.campaigns().isEmpty() ? "" : ", about "
                    + TemplateRenderer.naturalJoin(List.copyOf(silent.campaigns())) + " campaigns")
                    + ", and was the last traceable hop of each of these traced calls."
                    + (carriers.isEmpty() ? "" : " These providers accepted that traffic directly from " + shortName + ":");
            findings.add(new Finding(NON_RESPONSE, shortName + " did not answer traceback notices about illegal or"
                    + " suspicious calls", text, carriers, silent.tracedCallIds(), true, false));
        }
        origination(caseId, target, shortName).ifPresent(findings::add);
        warning(target, shortName).ifPresent(findings::add);
        return sources.attach(markIllustrative(findings, target, downstream));
    }

    /**
     * Marks each finding that rests on records the data marks as illustrative: the target or a provider it names
     * is illustrative, or a hop of its supporting calls held by the target or a named provider is. The hops are
     * read once for all findings.
     */
    private List<Finding> markIllustrative(List<Finding> findings, Provider target, List<Neighbour> downstream) {
        Map<String, Provider> named = new java.util.HashMap<>();
        downstream.forEach(n -> named.put(n.provider().name(), n.provider()));
        Map<Long, List<Hop>> hopsByCall = null;
        List<Finding> marked = new ArrayList<>();
        for (Finding finding : findings) {
            List<Provider> providers = new ArrayList<>();
            providers.add(target);
            finding.items().stream().map(named::get).filter(p -> p != null).forEach(providers::add);
            Set<Long> providerIds = providers.stream().map(Provider::id).collect(Collectors.toSet());
            List<String> invented = providers.stream().filter(Provider::illustrative).map(Provider::name).toList();
            if (hopsByCall == null && !finding.supportingCallIds().isEmpty()) {
                hopsByCall = calls.allHops().stream().collect(Collectors.groupingBy(Hop::tracedCallId));
            }
            int hops = 0;
            for (Long callId : finding.supportingCallIds()) {
                for (Hop hop : hopsByCall.getOrDefault(callId, List.of())) {
                    if (hop.illustrative() && providerIds.contains(hop.providerId())) {
                        hops++;
                    }
                }
            }
            List<String> reasons = new ArrayList<>();
            if (!invented.isEmpty()) {
                reasons.add("names " + plural(invented.size(), "provider", "providers") + " marked illustrative ("
                        + String.join(", ", invented) + ")");
            }
            if (hops > 0) {
                reasons.add("rests on " + hops + " " + plural(hops, "hop", "hops") + " marked illustrative");
            }
            marked.add(reasons.isEmpty() ? finding
                    : finding.withIllustrative(String.join(" and ", reasons) + " (sample data)"));
        }
        return marked;
    }

    private java.util.Optional<Finding> origination(long caseId, Provider target, String shortName) {
        Map<Long, List<Hop>> hops = calls.hopsOfCase(caseId).stream()
                .collect(Collectors.groupingBy(Hop::tracedCallId));
        List<TracedCall> originated = new ArrayList<>();
        for (TracedCall call : calls.findByCase(caseId)) {
            List<Hop> path = hops.getOrDefault(call.id(), List.of());
            Hop top = path.stream().max(Comparator.comparingInt(Hop::order)).orElse(null);
            boolean origin = path.stream().anyMatch(h -> h.providerId() == target.id() && h.role() == HopRole.ORIGINATING)
                    || (top != null && top.providerId() == target.id());
            if (origin) {
                originated.add(call);
            }
        }
        if (originated.isEmpty()) {
            return java.util.Optional.empty();
        }
        Set<String> campaigns = originated.stream().map(TracedCall::campaign).filter(c -> c != null && !c.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        String text = "Our investigation found that " + shortName + " apparently originated " + originated.size()
                + " traced " + plural(originated.size(), "call", "calls") + " in " + campaigns.size()
                + " illegal robocall " + plural(campaigns.size(), "campaign", "campaigns") + " ("
                + TemplateRenderer.naturalJoin(List.copyOf(campaigns)) + "), listed in Attachment A.";
        return java.util.Optional.of(new Finding(ORIGINATION, shortName + " originated illegal robocall campaigns", text,
                List.copyOf(campaigns), originated.stream().map(TracedCall::id).toList(), true, false));
    }

    private java.util.Optional<Finding> warning(Provider target, String shortName) {
        Map<Long, TracedCall> byId = calls.findAll().stream().collect(Collectors.toMap(TracedCall::id, c -> c));
        Set<Long> noticed = new LinkedHashSet<>();
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        Set<String> campaigns = new TreeSet<>();
        for (Hop hop : calls.allHops()) {
            if (hop.providerId() != target.id() || hop.notifiedAt() == null || !noticed.add(hop.tracedCallId())) {
                continue;
            }
            int year = hop.notifiedAt().atZone(ZoneOffset.UTC).getYear();
            firstYear = Math.min(firstYear, year);
            lastYear = Math.max(lastYear, year);
            TracedCall call = byId.get(hop.tracedCallId());
            if (call != null && call.campaign() != null && !call.campaign().isBlank()) {
                campaigns.add(call.campaign());
            }
        }
        if (noticed.isEmpty()) {
            return java.util.Optional.empty();
        }
        String years = firstYear == lastYear ? "in " + firstYear : "between " + firstYear + " and " + lastYear;
        String text = shortName + " received at least " + noticed.size() + " traceback "
                + plural(noticed.size(), "notice", "notices") + " " + years
                + (campaigns.isEmpty() ? "." : ", about calls in these campaigns:");
        return java.util.Optional.of(new Finding(WARNING, "Traceback notices", text, List.copyOf(campaigns),
                List.copyOf(noticed), true, false));
    }

    /*
     * The RMD status is stated as the data holds it, in each place a finding names it: a provider that never
     * filed is "not listed", not "not properly listed"; a deficient filing is listed but deficient; a removed
     * certification is removed. The attorney may soften a finding by hand; the engine never does.
     */
    private static String rmdTitle(RmdStatus rmd) {
        return switch (rmd) {
            case NOT_FILED -> "has no RMD filing";
            case REMOVED -> "has been removed from the RMD";
            default -> "has a deficient RMD filing";
        };
    }

    private static String rmdClause(RmdStatus rmd, String shortName) {
        return switch (rmd) {
            case NOT_FILED -> shortName + " is not listed in the FCC's RMD";
            case REMOVED -> shortName + " has been removed from the FCC's RMD";
            default -> shortName + "'s filing in the FCC's RMD is deficient";
        };
    }

    private static String rmdDespite(RmdStatus rmd) {
        return switch (rmd) {
            case NOT_FILED -> "although it has no RMD filing";
            case REMOVED -> "despite its removal from the RMD";
            default -> "despite its deficient RMD filing";
        };
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
