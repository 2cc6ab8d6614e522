/**
 * The window's shell: the application, the main window and the screens' registry. Each screen lives in its
 * own sub-package; shared parts live in ui.common, which knows no screen. Screens bind controls; view models act through services.
 */
package org.tracebench.ui;
