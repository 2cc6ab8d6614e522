/**
 * Progress reporting and cancellation that services accept, so the window can show a bar and a Cancel button
 * and a cancelled load rolls back; and the private folder their temporary files go to.
 */
package org.tracebench.work;
