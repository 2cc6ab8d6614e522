/**
 * The Providers screen: provider details, cases and enforcement history, RMD import and review, merges and
 * their undo.
 */
package org.tracebench.ui.providers;
