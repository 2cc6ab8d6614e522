/**
 * The sample cases drawn from the three reference matters, loaded into an empty store on first start and
 * removable.
 */
package org.tracebench.samples;
