package org.tracebench.ingest;

/**
 * A campaign written in the file that looks like a variant or a misspelling of a known campaign. It is
 * only a proposal: the rows keep what was written unless the user accepts it.
 */
public record CampaignProposal(String written, String existing, long rows, boolean accepted) {
}
