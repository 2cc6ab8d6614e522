/**
 * The batch face: picocli commands that parse arguments, call the services app builds and print results. Thin
 * like the window; exit 0 on success, 2 on bad input, 1 on failure, one line on stderr.
 */
package org.tracebench.cli;
