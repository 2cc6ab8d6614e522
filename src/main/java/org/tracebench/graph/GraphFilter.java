package org.tracebench.graph;

import java.time.Instant;
import java.util.Set;
import org.tracebench.model.HopRole;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.RmdStatus;

/**
 * Which traced calls and parties a graph is built from. Case, campaigns and dates choose calls; roles,
 * responses and RMD statuses choose parties (an empty set means "any"). Customers pass the role filter
 * when {@code includeCustomers} is set.
 *
 * @param caseId      only calls of this case, or null for all cases
 * @param from        calls on or after this instant, or null
 * @param to          calls before this instant, or null
 */
public record GraphFilter(Long caseId, Set<String> campaigns, Instant from, Instant to, Set<HopRole> roles,
                          boolean includeCustomers, Set<ResponseStatus> responses, Set<RmdStatus> rmdStatuses) {

    public static final GraphFilter ALL = new GraphFilter(null, Set.of(), null, null, Set.of(), true, Set.of(), Set.of());

    public GraphFilter {
        campaigns = campaigns == null ? Set.of() : Set.copyOf(campaigns);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        responses = responses == null ? Set.of() : Set.copyOf(responses);
        rmdStatuses = rmdStatuses == null ? Set.of() : Set.copyOf(rmdStatuses);
    }

    public static GraphFilter ofCase(Long caseId) {
        return ALL.withCase(caseId);
    }

    public GraphFilter withCase(Long newCaseId) {
        return new GraphFilter(newCaseId, campaigns, from, to, roles, includeCustomers, responses, rmdStatuses);
    }

    public GraphFilter withCampaigns(Set<String> newCampaigns) {
        return new GraphFilter(caseId, newCampaigns, from, to, roles, includeCustomers, responses, rmdStatuses);
    }

    public GraphFilter withDates(Instant newFrom, Instant newTo) {
        return new GraphFilter(caseId, campaigns, newFrom, newTo, roles, includeCustomers, responses, rmdStatuses);
    }

    public GraphFilter withRoles(Set<HopRole> newRoles, boolean customers) {
        return new GraphFilter(caseId, campaigns, from, to, newRoles, customers, responses, rmdStatuses);
    }

    public GraphFilter withResponses(Set<ResponseStatus> newResponses) {
        return new GraphFilter(caseId, campaigns, from, to, roles, includeCustomers, newResponses, rmdStatuses);
    }

    public GraphFilter withRmdStatuses(Set<RmdStatus> newStatuses) {
        return new GraphFilter(caseId, campaigns, from, to, roles, includeCustomers, responses, newStatuses);
    }

    boolean acceptsCall(Long callCaseId, String campaign, Instant callTime) {
        if (caseId != null && !caseId.equals(callCaseId)) {
            return false;
        }
        if (!campaigns.isEmpty() && (campaign == null || !campaigns.contains(campaign))) {
            return false;
        }
        if (from != null && (callTime == null || callTime.isBefore(from))) {
            return false;
        }
        return to == null || (callTime != null && callTime.isBefore(to));
    }
}
