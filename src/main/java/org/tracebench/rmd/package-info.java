/**
 * Robocall Mitigation Database snapshots: the tolerant CSV reader, matching filings to providers without
 * guessing, the review list, and the difference between two snapshots.
 */
package org.tracebench.rmd;
