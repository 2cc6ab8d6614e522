/**
 * The Graph screen: the call-path canvas (culling, level of detail, off-thread frames), filters, dossier and
 * the investigators' questions.
 */
package org.tracebench.ui.graph;
