package dev.muster.parse;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import java.util.List;

/** The English lexicon, loaded once for the stage tests, and tokens made with it. */
public final class TestLexicon {

  /** The English lexicon. */
  public static final Lexicon ENGLISH = Lexicon.load("en");

  private TestLexicon() {}

  /** The tokens of {@code s} with the English vocabulary. */
  public static List<Token> tokens(String s) {
    return ENGLISH.tokenizer().tokenize(s, 0, s.length());
  }
}
