/**
 * Muster's parsers: {@link dev.muster.parse.ArticleParser} reads article text into reports, {@link
 * dev.muster.parse.ArticleFiles} lists the files of an archive, {@code dev.muster.reconcile}
 * compares figures across reports and {@code dev.muster.export} is the flat record of the export.
 * The stages of the pipeline (read, segment, quantity, time, attribution, classify, document) and
 * the lexicons are not exported.
 */
module dev.muster.parsers {
  exports dev.muster.parse;
  exports dev.muster.reconcile;
  exports dev.muster.export;

  requires transitive dev.muster.core;
  requires com.ibm.icu;
  requires static org.immutables.value;

  // Jackson builds the generated immutable values by reflection
  opens dev.muster.export to com.fasterxml.jackson.databind;
  opens dev.muster.reconcile to com.fasterxml.jackson.databind;
}
