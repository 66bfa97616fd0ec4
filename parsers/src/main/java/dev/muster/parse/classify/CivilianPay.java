package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * What civilian work pays, set beside the pay of the war as a yardstick: a civilian job's pay ("a
 * schoolteacher earns about $90 a month", "he earned $250 a month as a taxi driver") and the wage
 * of a place a relative clause describes ("a small town, where a salary is 40,000 roubles"). A
 * word of the war in the clause keeps the pay ("Tank drivers earn ...", "now earns 200,000
 * roubles as a soldier").
 *
 * <p>Immutable and thread-safe.
 */
final class CivilianPay {

  /** How far before an amount the job or wage it is may be named. */
  private static final int WAGE_REACH = 10;
  /** How many tokens after an amount the "as" of the job it is paid for may stand ("a month as a taxi driver"). */
  private static final int JOB_REACH = 3;

  /** "schoolteacher", "driver": civilian jobs, whose pay is a yardstick. */
  private final Words civilianJobs;
  /** "soldier", "contract", "front": words of the war, whose pay in the clause is pay. */
  private final Words warWords;
  private final Words clauseBreaks;
  /** "earns", "makes": what a job is paid. */
  private final Words earnVerbs;
  private final Words as;
  /** "where": the relative word after a place that describes it. */
  private final Words placeRelatives;
  private final Words placeNouns;
  private final Words wageWords;
  /** "factory", "farm": civilian workplaces, whose jobs ("a factory job") are civilian jobs. */
  private final Words workplaces;
  /** "job", "work": a word for a job, after its workplace. */
  private final Words jobWords;
  /** "sewing", "driving": civilian work, whose pay a gerund after the amount earned names. */
  private final Words workGerunds;
  /** "promised", "offered", "would": words of a recruiter's lure, whose pay is a figure whatever job it names. */
  private final Words lureWords;

  CivilianPay(Lexicon lex) {
    this.civilianJobs = lex.optionalWords("classify.civilian-jobs");
    this.warWords = lex.optionalWords("classify.war-words");
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
    this.earnVerbs = lex.optionalWords("classify.earn-verbs");
    this.as = lex.optionalWords("classify.as");
    this.placeRelatives = lex.optionalWords("classify.place-relatives");
    this.placeNouns = lex.optionalWords("classify.population-places").union(lex.optionalWords("classify.wage-places"));
    this.wageWords = lex.optionalWords("classify.wage-words");
    this.workplaces = lex.optionalWords("classify.civilian-workplaces");
    this.jobWords = lex.optionalWords("classify.job-words");
    this.workGerunds = lex.optionalWords("classify.civilian-work-gerunds");
    this.lureWords = lex.optionalWords("classify.lure-words");
  }

  /**
   * Whether the amount {@code [first, end)} is what civilian work pays: the wage of a place (see
   * {@code placeWage}), or a civilian job that earns it in the amount's clause before it ("a
   * schoolteacher earns about $90", "a labourer on a building site earns 80,000 roubles"; not
   * "labourers said recruiters had offered them ..."), or whose wage it is ("a nurse's salary is
   * $60"), or after it with "as" ("he earned $250 a
   * month as a taxi driver"); not when a word of the war comes first ("now earns 200,000 roubles
   * as a soldier", "drivers who sign a contract get ..."). The amount may stand set off by a comma
   * after the verb, an aside perhaps between ("what a labourer in the city earns, about 4,000 a
   * day", "a driver gets, at best, 90,000").
   */
  boolean of(List<Token> t, int first, int end) {
    if (lured(t, first)) {
      return false;
    }
    if (placeWage(t, first) || workAfter(t, first, end)) {
      return true;
    }
    for (int k = end; k < Math.min(t.size(), end + JOB_REACH); k++) {
      Token x = t.get(k);
      if (x.is(",") || clauseBreaks.has(x) || x.isNumber()) {
        break;
      }
      if (as.has(x)) {
        for (int j = k + 1; j < Math.min(t.size(), k + 4); j++) {
          if (warWords.has(t.get(j))) {
            return false;
          }
          if (civilianJobs.has(t.get(j))) {
            return true;
          }
        }
        break;
      }
    }
    boolean earns = false;
    // "what a labourer in the city earns, about 4,000 a day": the amount set off after its verb
    int from = verbBeforeComma(t, first);
    for (int k = from; k >= Math.max(0, from + 1 - WAGE_REACH); k--) {
      Token x = t.get(k);
      if (x.is(",") || clauseBreaks.has(x) || x.isNumber() || warWords.has(x)) {
        return false;
      }
      earns |= earnVerbs.has(x);
      if (civilianJobs.has(x) || jobWords.has(x) && k >= 1 && workplaces.has(t.get(k - 1))) {
        // not "Tank drivers earn ..."
        return (earns || wageOfJob(t, k)) && !(k >= 1 && warWords.has(t.get(k - 1)));
      }
    }
    return false;
  }

  /** How many words an aside set off by commas between an earn-verb and its amount may have ("at best"). */
  private static final int ASIDE_REACH = 3;

  /**
   * The earn-verb before the amount starting at {@code first} that a comma sets the amount off from,
   * with perhaps a short aside between ("earns, about 4,000", "gets, at best, 90,000"); otherwise
   * the token just before the amount.
   */
  private int verbBeforeComma(List<Token> t, int first) {
    int c = first - 1;
    if (c < 1 || !t.get(c).is(",")) {
      return first - 1;
    }
    if (earnVerbs.has(t.get(c - 1))) {
      return c - 1;
    }
    for (int k = c - 1; k >= Math.max(1, c - 1 - ASIDE_REACH); k--) {
      if (t.get(k).is(",")) {
        return k < c - 1 && earnVerbs.has(t.get(k - 1)) ? k - 1 : first - 1;
      }
      if (!t.get(k).isWord()) {
        return first - 1;
      }
    }
    return first - 1;
  }

  /** How many tokens after an amount its rate may take before the gerund of the work ("a month sewing"). */
  private static final int GERUND_REACH = 4;
  /** How far after the gerund of the work its clause is read for words of the war. */
  private static final int WORK_REACH = 10;

  /**
   * Whether the amount {@code [first, end)} is what civilian work a gerund after it names earned:
   * "earned about 14,000 taka a month sewing shirts at a garment factory", "made 4,000 somoni laying
   * bricks"; an earn-verb before it in its clause, and no word of the war before it or in the
   * gerund's clause ("earned 250,000 roubles a month working as a driver for a tank regiment").
   */
  private boolean workAfter(List<Token> t, int first, int end) {
    boolean earns = false;
    for (int k = first - 1; k >= Math.max(0, first - WAGE_REACH) && !earns; k--) {
      Token x = t.get(k);
      if (x.is(",") || clauseBreaks.has(x) || x.isNumber() || warWords.has(x)) {
        return false;
      }
      earns = earnVerbs.has(x);
    }
    if (!earns) {
      return false;
    }
    for (int k = end; k < Math.min(t.size(), end + GERUND_REACH); k++) {
      Token x = t.get(k);
      if (x.is(",") || clauseBreaks.has(x) || x.isNumber()) {
        return false;
      }
      if (workGerunds.has(x)) {
        for (int j = k + 1; j < Math.min(t.size(), k + 1 + WORK_REACH); j++) {
          if (clauseBreaks.has(t.get(j)) || t.get(j).is(".")) {
            break;
          }
          if (warWords.has(t.get(j))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** How far before an amount a recruiter's lure may stand. */
  private static final int LURE_REACH = 12;

  /**
   * Whether a word of a recruiter's lure stands before the amount starting at {@code first} in its
   * clause: "Recruiters promised him a job as a driver earning $2,000 a month", "told him he would
   * earn $1,800 a month working in a hotel kitchen": the pay of the job that turned out to be the war.
   */
  private boolean lured(List<Token> t, int first) {
    for (int k = first - 1; k >= Math.max(0, first - LURE_REACH); k--) {
      Token x = t.get(k);
      if (clauseBreaks.has(x)) {
        return false;
      }
      if (lureWords.has(x)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a wage word names the pay of the job at {@code k}: "a civil servant's salary", "a nurse salary". */
  private boolean wageOfJob(List<Token> t, int k) {
    int w = k + 2 < t.size() && (t.get(k + 1).is("'") || t.get(k + 1).is("\u2019")) && t.get(k + 2).is("s")
        ? k + 3 : k + 1;
    return w < t.size() && wageWords.has(t.get(w));
  }

  /** How far before its wage word the "where" of a place may stand ("a small town, where a salary is"). */
  private static final int WHERE_REACH = 3;

  /**
   * Whether the amount starting at {@code first} is the wage of a place that a relative clause
   * describes: "from a small town, where a salary is 40,000 roubles a month"; not the pay of the
   * war in it ("a region where salaries for contract soldiers reach ...").
   */
  private boolean placeWage(List<Token> t, int first) {
    for (int k = first - 1; k >= Math.max(0, first - WAGE_REACH); k--) {
      Token x = t.get(k);
      if (x.is(";") || x.isNumber() || warWords.has(x)) {
        return false;
      }
      if (wageWords.has(x)) {
        for (int w = k - 1; w >= Math.max(1, k - WHERE_REACH); w--) {
          if (placeRelatives.has(t.get(w))) {
            int p = t.get(w - 1).is(",") ? w - 2 : w - 1;
            return p >= 0 && placeNouns.has(t.get(p));
          }
        }
        return false;
      }
    }
    return false;
  }
}
