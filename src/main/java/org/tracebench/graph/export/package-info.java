/**
 * Graph pictures and exchange files (PNG, SVG, GraphML, DOT, dossier CSV) written from a laid-out view.
 */
package org.tracebench.graph.export;
