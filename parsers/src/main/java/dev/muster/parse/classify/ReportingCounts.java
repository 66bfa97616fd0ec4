package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * Counts of the reporting itself, not of the war's people: the people a writer interviewed for
 * the story ("Our reporters interviewed 60 families", "She has interviewed more than 150
 * prisoners of war", "We spoke to 30 relatives") and the size of the team behind it ("The
 * project's team, about 35 people, ...", "a team of 12 journalists"). A count the writer finds
 * ("We have confirmed the deaths of 1,300 soldiers") is a figure.
 *
 * <p>Immutable and thread-safe.
 */
final class ReportingCounts {

  /** How many words before its verb the writer may be named ("Our reporters have since interviewed"). */
  private static final int SUBJECT_REACH = 3;

  /** "interviewed", "spoke": the verbs of talking to people for a story. */
  private final Words interviewVerbs;
  /** "to", "with": the preposition between such a verb and its people ("spoke to 30 relatives"). */
  private final Words interviewPrepositions;
  /** "we", "she", "reporters": who writes the story. */
  private final Words writers;
  /** "team", "newsroom": the group that made the story. */
  private final Words teams;
  private final Words ofWord;
  /** "soldier": the people a team of them is a figure of ("a team of 40 soldiers"). */
  private final Words warWords;

  ReportingCounts(Lexicon lex) {
    this.interviewVerbs = lex.optionalWords("classify.interview-verbs");
    this.interviewPrepositions = lex.optionalWords("classify.interview-prepositions");
    this.writers = lex.optionalWords("classify.writers");
    this.teams = lex.optionalWords("classify.reporting-teams");
    this.ofWord = lex.optionalWords("classify.of");
    this.warWords = lex.optionalWords("classify.war-words");
  }

  /** Whether the number {@code [first, end)} counts the people a writer interviewed, or the writer's team. */
  boolean of(List<Token> t, int first, int end) {
    return interviewed(t, first) || team(t, first, end);
  }

  private boolean interviewed(List<Token> t, int first) {
    int v = first - 1;
    if (v >= 0 && interviewPrepositions.has(t.get(v))) {
      v--;
    }
    if (v < 1 || !interviewVerbs.has(t.get(v))) {
      return false;
    }
    for (int k = v - 1; k >= Math.max(0, v - SUBJECT_REACH); k--) {
      if (writers.has(t.get(k))) {
        return true;
      }
      if (!t.get(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  private boolean team(List<Token> t, int first, int end) {
    if (first < 2 || !teams.has(t.get(first - 2)) || !(t.get(first - 1).is(",") || ofWord.has(t.get(first - 1)))) {
      return false;
    }
    return end >= t.size() || !warWords.has(t.get(end)); // not "a team of 40 soldiers"
  }
}
