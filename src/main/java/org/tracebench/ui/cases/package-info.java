/**
 * The Cases screen: case list and search, case details, letters and responses, deadlines, chronology and
 * overview.
 */
package org.tracebench.ui.cases;
