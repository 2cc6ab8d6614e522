/** Help in the window: the user guide bundled in the jar, read offline. */
package org.tracebench.ui.help;
