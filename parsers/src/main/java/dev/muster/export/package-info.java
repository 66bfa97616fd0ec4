/**
 * The flat export shape of estimates: {@link dev.muster.export.ExportRecord}, one JSON Lines
 * record per estimate with the fields of the evaluation contract, and
 * {@link dev.muster.export.CsvRecord}, the same fields as one CSV row.
 *
 * <p>Null policy: passing {@code null} to any method of this package throws
 * {@link NullPointerException}.
 */
@MusterStyle
package dev.muster.export;

import dev.muster.MusterStyle;
