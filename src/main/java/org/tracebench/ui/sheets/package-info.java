/**
 * The XLSX export of an attachment table from the window: column chooser and presets.
 */
package org.tracebench.ui.sheets;
