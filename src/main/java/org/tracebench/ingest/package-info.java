/**
 * Traced calls in: readers per format (CSV, XLSX, pasted text, the traceback exchange format), normalization
 * of the messy cells, party resolution and provider merges, the import report, call editing. Each import is
 * one transaction.
 */
package org.tracebench.ingest;
