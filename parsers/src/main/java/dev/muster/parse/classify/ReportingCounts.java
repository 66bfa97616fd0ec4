package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * Counts of the reporting itself, not of the war's people: the people a writer interviewed for
 * the story ("Our reporters interviewed 60 families", "She has interviewed more than 150
 * prisoners of war", "We spoke to 30 relatives") and the size of the team behind it ("The
 * project's team, about 35 people, ...", "a team of 12 journalists"), the story's readers ("More
 * than 60,000 people already read it") and a publication's audience ("a channel with 90,000
 * subscribers"). A count the writer finds
 * ("We have confirmed the deaths of 1,300 soldiers") is a figure.
 *
 * <p>Immutable and thread-safe.
 */
final class ReportingCounts {

  /** How many words before its verb the writer may be named ("she spent four years in Donbas and interviewed"). */
  private static final int SUBJECT_REACH = 16;
  /** How many words after a number of readers their verb may stand ("60,000 people have already read it"). */
  private static final int READERS_REACH = 4;

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
  /** "said": a verb of another speaker, whose clause the writer's is not ("Reporters said police interviewed"). */
  private final Words sayVerbs;
  /** "read", "viewed": what readers do with the story. */
  private final Words readerVerbs;
  /** "it", "this", "article": the story read. */
  private final Words readerObjects;
  /** "subscribers", "followers": a publication's audience, right after the number. */
  private final Words audienceNouns;
  /** "reviewed", "analysed": the verbs of going through material for the figures. */
  private final Words reviewVerbs;
  /** "obituaries", "posts": the material gone through, right after the number. */
  private final Words reviewedMaterial;

  ReportingCounts(Lexicon lex) {
    this.interviewVerbs = lex.optionalWords("classify.interview-verbs");
    this.interviewPrepositions = lex.optionalWords("classify.interview-prepositions");
    this.writers = lex.optionalWords("classify.writers");
    this.teams = lex.optionalWords("classify.reporting-teams");
    this.ofWord = lex.optionalWords("classify.of");
    this.warWords = lex.optionalWords("classify.war-words");
    this.sayVerbs = lex.optionalWords("attribution.say-verbs");
    this.readerVerbs = lex.optionalWords("classify.reader-verbs");
    this.readerObjects = lex.optionalWords("classify.reader-objects");
    this.audienceNouns = lex.optionalWords("classify.audience-nouns");
    this.reviewVerbs = lex.optionalWords("classify.review-verbs");
    this.reviewedMaterial = lex.optionalWords("classify.reviewed-material");
  }

  /**
   * Whether the number {@code [first, end)} counts the people a writer interviewed, the writer's
   * team, an audience, or the material gone through ("reviewed about 3,000 obituaries").
   */
  boolean of(List<Token> t, int first, int end) {
    return interviewed(t, first) || team(t, first, end) || readers(t, end)
        || end < t.size() && audienceNouns.has(t.get(end)) || reviewed(t, first, end);
  }

  /**
   * "researchers reviewed 4,000 obituaries, posts and news items": the material gone through, not
   * the dead it finds; "analysed 1,300 obituaries of soldiers" names whose deaths they are, a count
   * of the dead.
   */
  private boolean reviewed(List<Token> t, int first, int end) {
    return first > 0 && end < t.size() && reviewVerbs.has(t.get(first - 1)) && reviewedMaterial.has(t.get(end))
        && (end + 1 >= t.size() || !ofWord.has(t.get(end + 1)));
  }

  /** "More than 60,000 people already read it": the story's readers. */
  private boolean readers(List<Token> t, int end) {
    for (int k = end; k + 1 < Math.min(t.size(), end + READERS_REACH + 1); k++) {
      if (readerVerbs.has(t.get(k))) {
        return readerObjects.has(t.get(k + 1));
      }
      if (!t.get(k).isWord()) {
        return false;
      }
    }
    return false;
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
      if (!t.get(k).isWord() && !t.get(k).isNumber() || sayVerbs.has(t.get(k))) {
        return false; // a number is a word of the clause: "she served for 18 months in 2022 and has interviewed"
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
