/**
 * Plain records and pure rules of the domain (cases, providers, traced calls, hops, notices, deadlines).
 * Depends on the JDK only: no SQL, no JavaFX, no I/O.
 */
package org.tracebench.model;
