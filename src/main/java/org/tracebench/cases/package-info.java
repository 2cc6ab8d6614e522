/**
 * Casework over the store: case editing with its audit trail, responses, enforcement history, the fact
 * chronology, deadlines and their dashboard, search across everything, and the overview figures.
 */
package org.tracebench.cases;
