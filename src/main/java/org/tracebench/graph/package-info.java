/**
 * The call-path graph over traced calls (JGraphT): parties, links, the investigators' queries (downstream,
 * upstream, non-responders, unlisted providers) and provider dossiers. Findings in letters ask
 * ProviderQueries here.
 */
package org.tracebench.graph;
