/**
 * The Calls screen: the editable attachment table of a case, import with its report and mapping dialog,
 * paste, undo and redo.
 */
package org.tracebench.ui.calls;
