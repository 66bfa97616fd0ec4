/**
 * Reconciliation across reports: groups the estimates of many documents into findings (one
 * claim each), counts echoes against independent primary sources, reports drift between
 * retellings, links conflicting findings and checks parts against their wholes.
 *
 * <p>Entry point: {@link dev.muster.reconcile.Reconciler}. Every type here is immutable and
 * thread-safe; results are values, compared with {@code equals} and written with
 * {@link dev.muster.MusterJson}.
 *
 * <p>Null policy: unless a method says otherwise, passing {@code null} to any method of this
 * package throws {@link NullPointerException}. Absent values are {@link java.util.Optional} or
 * empty collections, never {@code null}.
 */
@MusterStyle
package dev.muster.reconcile;

import dev.muster.MusterStyle;
