/**
 * Layouts for the call-path graph: layered (left to right), force-directed and circular, with a crossing
 * counter.
 */
package org.tracebench.graph.layout;
