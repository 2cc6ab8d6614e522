/**
 * What every screen shares: the screen contract and its context, the task runner and dialog service that view
 * models act through, background work with progress, failures and their log, settings, and the guard that
 * keeps the store off the FX thread. Depends on no screen and not on the shell in the ui package.
 */
package org.tracebench.ui.common;
