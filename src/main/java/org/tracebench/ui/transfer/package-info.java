/**
 * File > Export case... and Import case...: the window's face of {@code org.tracebench.transfer} (a case as one
 * .tbcase file, read into another database), with the list of records changed on both sides to decide.
 */
package org.tracebench.ui.transfer;
