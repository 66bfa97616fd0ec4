package dev.muster.parse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of {@link ArticleParser#parse(String, String)}: no input makes it
 * throw, and every report keeps the invariants of {@link ReportInvariants} (spans exact, mention
 * inside its evidence, low &le; high, digits or number words of each figure in its mention).
 *
 * <p>In a normal build ({@code ./mvnw verify}) this only replays the saved inputs in
 * {@code src/test/resources/dev/muster/parse/ArticleParserFuzzTestInputs/parse/}: hand-written
 * seeds and the inputs fuzzing found crashes with, kept as regression cases. To fuzz (Jazzer
 * stops at the first finding and writes it to that folder as {@code crash-<sha1>}; fix the cause
 * and commit the input):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -B -pl parsers -am test -Dtest=ArticleParserFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * {@code JAZZER_FUZZ} turns on the {@code fuzz} profile of {@code parsers/pom.xml}, which enables
 * Jazzer's instrumentation of {@code dev.muster.**}. A run stops after the {@code maxDuration}
 * below (10 minutes; edit it for a longer run, or stop earlier with Ctrl-C). The corpus Jazzer
 * grows is kept in {@code parsers/.cifuzz-corpus/} (ignored by git) and reused by the next run.
 */
class ArticleParserFuzzTest {

  /** Words the grammar keys on, so mutations reach its rules sooner. */
  @DictionaryEntries({" more than ", " up to ", " between ", " and ", " to ", " or more", " about ",
      " hundred", " thousand", " million", " billion", " trillion", " dozen", " half a ", "hundreds of ",
      "twenty-", " 1,500 ", " 1 000 ", "$", "\u20bd", " rubles", " a month", " soldiers", " killed",
      " foreign", " recruits", " from Africa", " said", "According to ", "Mediazona", " citing ",
      " since the start of the war", " as of ", "January ", " the end of ", " 2024", "U.S.", "No. ", ". ",
      "\n"})
  @FuzzTest(maxDuration = "10m")
  void parse(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    ReportInvariants.parseAndCheck(text, "fuzz input " + ReportInvariants.quote(text));
  }
}
