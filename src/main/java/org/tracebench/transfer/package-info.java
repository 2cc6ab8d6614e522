/**
 * Cases that travel between databases (issue 14): a case written as one {@code .tbcase} file (its records in
 * parts, a manifest with the SHA-256 of each, optionally encrypted with a passphrase) and read into another
 * database, where providers and campaigns are matched as imports match them and records changed on both sides
 * are conflicts for the user to decide (decisions 0702 and 0703). Depends on the store only.
 */
package org.tracebench.transfer;
