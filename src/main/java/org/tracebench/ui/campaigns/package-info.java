/**
 * The Campaigns dialog: campaigns under canonical names, proposed merges, merging and undoing.
 */
package org.tracebench.ui.campaigns;
