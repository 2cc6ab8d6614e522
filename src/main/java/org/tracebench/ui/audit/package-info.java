/**
 * The read-only audit log viewer.
 */
package org.tracebench.ui.audit;
