package org.tracebench.model;

/** A case as listed: its identity, its target's name and how many traced calls it holds. */
public record CaseSummary(CaseFile caseFile, String targetProviderName, int tracedCalls) {
}
