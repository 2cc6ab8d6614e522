/**
 * The composition root: opens one store and builds every repository and service once, with the Clock and the
 * acting user, for the window or a batch command to use. Nothing else builds a repository or reads the system
 * clock.
 */
package org.tracebench.app;
