package dev.muster.parse.internal;

import dev.muster.parse.read.LineIndex;
import dev.muster.parse.read.SourceDocument;
import dev.muster.parse.read.TextRange;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.muster.Attribution;
import dev.muster.Estimate;
import dev.muster.Evidence;
import dev.muster.Likelihood;
import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Per;
import dev.muster.Period;
import dev.muster.Quantity;
import dev.muster.RecruitCohort;
import dev.muster.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Extracts the estimates of one English document: splits it into paragraphs and sentences,
 * finds quantities, and gives each its measure, cohort, period, attribution and likelihood;
 * then applies the document-level rules (continued attribution, breakdowns that inherit their
 * total's period and sources, one record per claim). Immutable and thread-safe: all state of a
 * call lives in the call.
 */
public final class Extractor {

  /** The longest sentence the rules read, in UTF-16 units; longer ones are reported and skipped. */
  public static final int MAX_SENTENCE = 4000;
  /** The tokens of a sentence the rules skip: empty, and never changed. */
  private static final List<Token> NO_TOKENS = new ArrayList<>(0);
  private static final ULocale SENTENCE_LOCALE = new ULocale("en@ss=standard");
  private static final Words CLAUSE_BREAKS = Words.of(";", ":", "while", "whereas", "but", "although");
  private static final Words RELATIVE = Words.of("who", "whom", "which", "whose");
  /** Russia, the origin of Russia's own forces, made once (the code check of {@link Origin#of} is a regular expression). */
  private static final Origin RUSSIA = Origin.of("RU");
  private static final Set<Origin> ONLY_RUSSIA = Set.of(RUSSIA);
  private static final Words OWN_FORCE_NOUNS = Words.of("soldiers", "troops", "servicemen", "personnel",
      "men", "casualties", "losses", "reservists", "conscripts", "citizens", "people", "fighters", "deaths",
      "forces", "contract soldiers", "military personnel", "recruits", "volunteers", "killed", "dead",
      "wounded", "mobilized", "mobilised", "draftees", "force");
  private static final Words NOT_ORIGIN_PREPOSITIONS = Words.of("in", "to", "into", "against", "on",
      "for", "by", "at", "with", "across", "inside", "toward", "towards", "within", "near", "over",
      "throughout", "of");

  private final Lexicons lex;
  /**
   * One ICU sentence iterator per thread: building one per call contends on ICU's shared cache,
   * and an iterator is not thread-safe. Confined to its thread; holds no document state between calls.
   */
  private final ThreadLocal<BreakIterator> sentenceIterators =
      ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(SENTENCE_LOCALE));
  private final NumberGrammar grammar;
  private final Attributions attributions;

  public Extractor() {
    this(Lexicons.english());
  }

  Extractor(Lexicons lex) {
    this.lex = lex;
    this.grammar = new NumberGrammar(lex);
    this.attributions = new Attributions(lex);
    TimeExpressions.markStarts(timeStart);
    Vocabulary.markStarts(List.of("russia", "russian", "russians", "moscow", "kremlin", "putin"), russiaWord);
  }

  /** The {@link Token#starts} bit of the words that mention Russia. */
  private final int russiaWord = Vocabulary.newStartBit();

  /** The {@link Token#starts} bit of the words a time expression can start with. */
  private final int timeStart = Vocabulary.newStartBit();

  /** A quantity with everything found for it, before the document-level rules. */
  private static final class Candidate {
    QuantityMention q;
    Measure measure;
    TreeSet<Origin> origins = new TreeSet<>();
    boolean originExplicit;
    Period period;
    List<Source> chain = new ArrayList<>();
    boolean chainOwn;
    Likelihood likelihood;
    int sentenceStart;
    int sentenceEnd;
    int mentionStart;
    int mentionEnd;
    int paragraph;
    int sentence;
    boolean elliptic;
    boolean bracketAfterMoney;
    boolean noOriginWanted;
    int headEnd;
    boolean inTitle;
    boolean ownForceNoun;
  }

  /**
   * The ranges (start, end) of a document the rules must not read, sorted by start: its page
   * furniture and its lines in a foreign script; the {@code excluded} of {@link #extract}.
   */
  public static List<int[]> unreadRanges(SourceDocument doc) {
    List<int[]> skip = new ArrayList<>();
    for (TextRange r : doc.excluded()) {
      skip.add(new int[] {r.start(), r.end()});
    }
    for (TextRange r : doc.foreignScript()) {
      skip.add(new int[] {r.start(), r.end()});
    }
    skip.sort(Comparator.comparingInt((int[] r) -> r[0]));
    return skip;
  }

  /**
   * Returns the estimates of a document, and adds to {@code skipped} the spans (start, end,
   * reason: 0 = not mostly Latin script, 1 = a sentence over {@value #MAX_SENTENCE} characters)
   * that the English rules passed over.
   *
   * @param doc the document, as the reader analysed it (its text, body and lines)
   * @param published the date relative times are resolved against, if known
   * @param excluded ranges (start, end) of text not to read (page furniture, foreign script), sorted
   */
  public List<Estimate> extract(SourceDocument doc, Optional<LocalDate> published, List<int[]> excluded,
      List<int[]> skipped) {
    String id = doc.id();
    String text = doc.text();
    LineIndex lines = doc.lines();
    List<Candidate> all = new ArrayList<>();
    // pass 1: sentences and their tokens, once; the document's topic from them
    List<Sentence> units = tokenizedSentences(text, lines, excluded, skipped);
    Map<Origin, Integer> topicCounts = new HashMap<>();
    Map<Origin, Integer> placeCounts = new HashMap<>();
    int[] russia = {0};
    for (int ui = 0; ui < units.size(); ui++) {
      Sentence u = units.get(ui);
      countPlaces(u.tokens, topicCounts, placeCounts, russia, u.countries);
    }
    Origin docTopic = topicOf(topicCounts);
    List<Source> defaultChain = new ArrayList<>();
    List<Source> lastChain = new ArrayList<>();
    List<Source> seen = new ArrayList<>();
    int lastChainSentence = 0;
    Candidate lastCandidate = null;
    int sentenceNo = 0;
    int currentParagraph = 0;
    List<Source> paragraphChain = new ArrayList<>();
    List<Candidate> previousSentence = List.of();
    for (int ui = 0; ui < units.size(); ui++) {
        Sentence u = units.get(ui);
        int paragraph = u.paragraph;
        int[] s = u.span;
        if (paragraph != currentParagraph) {
          currentParagraph = paragraph;
          paragraphChain = new ArrayList<>();
          previousSentence = List.of();
        }
        {
          sentenceNo++;
          if (u.skip) {
            previousSentence = List.of();
            continue;
          }
          List<Token> t = u.tokens;
          if (t.size() > 1 && t.get(0).is("source") && t.get(1).is(":")) {
            List<Token> rest = new ArrayList<>(t.subList(2, t.size()));
            Attributions.Result r = attributions.find(rest, seen);
            List<Source> c = chainOf(rest, seen);
            defaultChain = c.isEmpty() ? r.chain() : c;
            continue;
          }
          // the sentence's countries, then the document's topic (the sentence's own list: nothing
          // reads it again)
          List<Origin> hints = u.countries;
          if (docTopic != null) {
            hints.add(docTopic);
          }
          Attributions.Result attr = attributions.find(t, seen, hints);
          List<Source> chain = attr.chain();
          if (chain.isEmpty() && attr.anaphor) {
            if (!lastChain.isEmpty() && lastChainSentence >= sentenceNo - 3) {
              chain = new ArrayList<>(lastChain);
            } else if (!seen.isEmpty()) {
              chain = new ArrayList<>(List.of(seen.get(seen.size() - 1)));
            } else if (!lastChain.isEmpty()) {
              chain = new ArrayList<>(lastChain);
            }
          }
          List<Candidate> found = sentence(text, t, s, published, attr.spans,
              lastCandidate != null && lastCandidate.paragraph == paragraph ? lastCandidate : null);
          if (lastCandidate != null && startsWithPartitive(t)) {
            for (Candidate c : found) {
              if (c.origins.isEmpty() || !c.originExplicit) {
                c.origins.clear();
                c.origins.addAll(lastCandidate.origins);
                c.originExplicit = !c.origins.isEmpty();
              }
              if (c.period == null) {
                c.period = lastCandidate.period;
              }
            }
          }
          boolean own = !chain.isEmpty();
          boolean continued = false;
          if (!own && !found.isEmpty() && !paragraphChain.isEmpty() && !hedged(t) && continuesReport(t)) {
            chain = paragraphChain;
            continued = true;
          }
          for (int ci = 0; ci < found.size(); ci++) {
            Candidate c = found.get(ci);
            c.paragraph = paragraph;
            c.sentence = sentenceNo;
            c.chain = new ArrayList<>(chain);
            c.chainOwn = own;
            if (continued && c.period == null) {
              // the same report goes on: "... so far. Total casualties are believed to be ..."
              for (Candidate p : previousSentence) {
                if (p.measure == c.measure && p.period != null) {
                  c.period = p.period;
                }
              }
            }
          }
          seen.addAll(attr.names);
          if (!found.isEmpty()) {
            lastCandidate = found.get(found.size() - 1);
          }
          if (found.isEmpty() && !previousSentence.isEmpty()) {
            datesBack(t, published, previousSentence);
          }
          if (found.isEmpty() && own && !previousSentence.isEmpty() && refersBack(t, attr)) {
            // "The data comes from research by X." / "About the campaign reports X."
            for (Candidate c : previousSentence) {
              if (attr.citingOnly && !c.chain.isEmpty()) {
                for (Source src : chain) {
                  if (!c.chain.contains(src)) {
                    c.chain.add(src);
                  }
                }
              } else if (c.chain.isEmpty() || !c.chainOwn) {
                c.chain = new ArrayList<>(chain);
                c.chainOwn = true;
              }
            }
          }
          if (own) {
            lastChainSentence = sentenceNo;
            lastChain = new ArrayList<>(chain);
            paragraphChain = new ArrayList<>(chain);
          }
          all.addAll(found);
          previousSentence = found;
        }
    }
    if (!defaultChain.isEmpty()) {
      for (Candidate c : all) {
        if (c.chain.isEmpty()) {
          c.chain = new ArrayList<>(defaultChain);
        }
      }
    }
    inheritBreakdowns(all);
    documentOrigins(all, placeCounts, russia[0], docTopic);
    dropTitleEchoes(all, text, doc.bodyStart());
    return finish(id, text, dedupe(all));
  }

  /**
   * Pass 1 of {@link #extract}: the document's sentences, paragraph by paragraph, with their
   * tokens; a sentence too long for the rules or not mostly in Latin script is kept without tokens
   * and marked to skip, and its span added to {@code skipped} when it has letters. Its own method
   * so that the stages before the rules can be measured alone (the benchmarks' StageBenchmark).
   */
  List<Sentence> tokenizedSentences(String text, LineIndex lines, List<int[]> excluded, List<int[]> skipped) {
    BreakIterator sentenceBreaks = sentenceIterators.get();
    List<Sentence> units = new ArrayList<>();
    int paragraphCount = 0;
    int[] letters = new int[2];
    for (int line = 0; line < lines.count(); line++) {
      // indexed loops, as in extract: no iterator objects on the way
      List<int[]> parts = cut(lines.start(line), lines.end(line), excluded);
      for (int pi = 0; pi < parts.size(); pi++) {
        int[] part = parts.get(pi);
        paragraphCount++;
        List<int[]> spans = sentences(sentenceBreaks, text, part[0], part[1]);
        for (int si = 0; si < spans.size(); si++) {
          int[] s = spans.get(si);
          boolean tooLong = s[1] - s[0] > MAX_SENTENCE;
          // token lists are always ArrayLists, so that the rules' calls on them stay monomorphic
          List<Token> tokens = NO_TOKENS;
          boolean skip = tooLong;
          if (!tooLong) {
            // the tokenizer counts the Latin and other letters on the way
            letters[0] = 0;
            letters[1] = 0;
            tokens = Tokenizer.tokenize(text, s[0], s[1], letters);
            skip = !latinEnough(letters[0], letters[1]);
          }
          if (skip && hasLetters(text, s[0], s[1])) {
            skipped.add(new int[] {s[0], s[1], tooLong ? 1 : 0});
          }
          units.add(new Sentence(paragraphCount, s, skip ? NO_TOKENS : tokens, skip));
        }
      }
    }
    return units;
  }

  /** The countries a sentence names, in text order. */
  private List<Origin> countries(List<Token> t) {
    List<Origin> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      PhraseIndex.Match<Lexicons.Place> pm = lex.places.longest(t, i);
      if (pm != null) {
        if (pm.value.origin.isCountry() && !out.contains(pm.value.origin)) {
          out.add(pm.value.origin);
        }
        i += pm.length;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * "A decree promises the lump sum to anyone who signs from Aug. 1 until the end of 2024": a
   * sentence without figures that spans dates and refers back ("the lump sum") dates the
   * undated figures of the sentence before it.
   */
  private void datesBack(List<Token> t, Optional<LocalDate> published, List<Candidate> previous) {
    boolean refers = false;
    for (int k = 0; k + 1 < t.size(); k++) {
      if ((t.get(k).is("the") || t.get(k).is("this") || t.get(k).is("that")) && REFERRING.has(t.get(k + 1))) {
        refers = true;
        break;
      }
    }
    if (!refers) {
      return;
    }
    for (TimeExpressions.Expr e : TimeExpressions.find(t, published, timeStart)) {
      if (e.period.start().isPresent() && e.period.end().isPresent() && !e.isDay()) {
        for (Candidate c : previous) {
          if (c.period == null) {
            c.period = e.period;
          }
        }
        return;
      }
    }
  }

  private static final Words REFERRING = Words.of("sum", "lump", "payment", "bonus", "bonuses", "figure",
      "figures", "payments", "quota", "target", "campaign", "offer", "scheme", "programme", "program");

  /** "Of them, 12 have been killed": the sentence splits the figure before it. */
  private static boolean startsWithPartitive(List<Token> t) {
    return t.size() > 2 && t.get(0).is("of") && (t.get(1).is("them") || t.get(1).is("these")
        || t.get(1).is("those") || t.get(1).is("whom"));
  }

  private static final Words ASSESSMENT_WORDS = Words.of("believed", "estimated", "estimate", "estimates",
      "thought", "assessed", "assesses", "likely", "probably", "expected", "suggests", "suggested", "judged",
      "calculated", "according", "added", "adds", "noted", "notes", "assessment", "figures", "data");
  private static final Words CONNECTIVES = Words.of("for", "in", "additionally", "also", "moreover",
      "furthermore", "of", "this", "these", "that", "such", "among", "another", "the", "meanwhile", "besides");

  /**
   * Whether a sentence without its own source goes on with the report before it: it hedges
   * or assesses ("are believed to be"), or opens with a connective ("For example", "Of these").
   */
  private static boolean continuesReport(List<Token> t) {
    for (Token x : t) {
      if (ASSESSMENT_WORDS.has(x)) {
        return true;
      }
    }
    if (t.isEmpty() || !CONNECTIVES.has(t.get(0))) {
      return false;
    }
    String a = t.get(0).key;
    String b = t.size() > 1 ? t.get(1).key : "";
    return a.equals("for") && b.equals("example") || a.equals("in") && (b.equals("addition") || b.equals("total"))
        || a.equals("of") || a.equals("among") || !a.equals("for") && !a.equals("in") && !a.equals("the");
  }

  /** "Many of them reportedly ...": the writer's own hedge, not the previous sentence's source. */
  private static boolean hedged(List<Token> t) {
    for (Token x : t) {
      if (x.is("reportedly") || x.is("allegedly")) {
        return true;
      }
    }
    return false;
  }

  /** A figure-less sentence that gives the source of the sentence before it. */
  private static boolean refersBack(List<Token> t, Attributions.Result attr) {
    if (attr.citingOnly) {
      return true;
    }
    int k = 0;
    while (k < t.size() && !t.get(k).isWord()) {
      k++;
    }
    if (k + 1 >= t.size()) {
      return false;
    }
    String a = t.get(k).key;
    String b = t.get(k + 1).key;
    return a.equals("about") || a.equals("this") || a.equals("these") || a.equals("such")
        || a.equals("the") && (b.equals("data") || b.equals("figures") || b.equals("figure") || b.equals("numbers")
            || b.equals("estimate") || b.equals("estimates") || b.equals("information") || b.equals("tally"));
  }

  private List<Source> chainOf(List<Token> t, List<Source> seen) {
    List<Source> names = new ArrayList<>();
    attributions.mentions(t, names, seen);
    // "UK Defence Intelligence update ..., as reported by European Pravda": outer first
    List<Source> out = new ArrayList<>();
    Attributions.Result r = attributions.find(t, seen);
    for (Attributions.Found f : r.found) {
      if (f.role == Attributions.Role.OUTER && !out.contains(f.source)) {
        out.add(f.source);
      }
    }
    for (Source s : names) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- text structure

  private static List<int[]> cut(int start, int end, List<int[]> excluded) {
    List<int[]> parts = new ArrayList<>();
    int s = start;
    for (int[] x : excluded) {
      if (x[1] <= s || x[0] >= end) {
        continue;
      }
      if (x[0] > s) {
        parts.add(new int[] {s, x[0]});
      }
      s = Math.max(s, x[1]);
    }
    if (s < end) {
      parts.add(new int[] {s, end});
    }
    return parts;
  }

  private static boolean hasLetters(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence with these letter counts is English enough to read: mostly Latin script. */
  private static boolean latinEnough(int latin, int other) {
    return latin > 0 && latin >= 3 * other;
  }

  /** Splits [start, end) with {@code bi}, one iterator per document: it is not thread-safe. */
  private static List<int[]> sentences(BreakIterator bi, String text, int start, int end) {
    List<int[]> out = new ArrayList<>();
    int[] breaks = SentenceBreaks.breaks(bi, text, start, end);
    for (int n = 1; n < breaks.length; n++) {
      int a = breaks[n - 1];
      int b = breaks[n];
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (a >= b) {
        continue;
      }
      if (!out.isEmpty() && continues(text, out.get(out.size() - 1), a)) {
        out.get(out.size() - 1)[1] = b;
      } else {
        out.add(new int[] {a, b});
      }
    }
    return out;
  }

  private static final Words ABBREVIATIONS = Words.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "mr", "ms", "mrs", "dr", "st", "no", "gen", "lt", "col", "maj",
      "capt", "sgt", "gov", "sen", "rep", "u.s", "u.k", "e.g", "i.e", "vs", "approx", "est", "inc", "corp",
      "co", "ltd", "jr", "sr", "prof", "rev", "fig", "vol", "pp");

  /** Whether a break after an abbreviation ("Feb.", "Ms.") is not a real sentence end. */
  private static boolean continues(String text, int[] prev, int nextStart) {
    int e = prev[1];
    if (e < 2 || text.charAt(e - 1) != '.') {
      return false;
    }
    int w = e - 1;
    while (w > prev[0] && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, e - 1).toLowerCase(java.util.Locale.ROOT);
    if (!ABBREVIATIONS.contains(word)) {
      return false;
    }
    char c = text.charAt(nextStart);
    if (word.startsWith("u.") && Character.isUpperCase(c)) {
      // "The U.K. Ministry of Defence": after an article the abbreviation is an adjective
      int a = w - 1;
      while (a > prev[0] && text.charAt(a - 1) == ' ') {
        a--;
      }
      int b = a;
      while (b > prev[0] && Character.isLetter(text.charAt(b - 1))) {
        b--;
      }
      String before = text.substring(b, a).toLowerCase(java.util.Locale.ROOT);
      return before.equals("the") || before.equals("a") || before.equals("an");
    }
    return Character.isDigit(c) || Character.isLowerCase(c) || word.length() <= 3 && !word.equals("no")
        && Character.isUpperCase(c);
  }

  // ---------------------------------------------------------------- one sentence

  private List<Candidate> sentence(String text, List<Token> t, int[] span, Optional<LocalDate> published,
      List<int[]> sourceSpans, Candidate paragraphPrevious) {
    List<QuantityMention> qs = grammar.find(t);
    qs.removeIf(q -> !q.isMoney() && countsThings(t, q));
    if (qs.isEmpty()) {
      return List.of();
    }
    boolean[] sourceTok = new boolean[t.size()];
    for (int[] s : sourceSpans) {
      for (int k = s[0]; k < s[1]; k++) {
        sourceTok[k] = true;
      }
    }
    List<TimeExpressions.Expr> times = TimeExpressions.find(t, published, timeStart);
    List<Candidate> out = new ArrayList<>();
    Candidate previous = null;
    for (int n = 0; n < qs.size(); n++) {
      QuantityMention q = qs.get(n);
      int lo = n > 0 ? qs.get(n - 1).end : 0;
      int hi = n + 1 < qs.size() ? qs.get(n + 1).first : t.size();
      Candidate c = classify(t, q, lo, hi, sourceTok, previous != null ? previous : paragraphPrevious, qs, n,
          previous == null);
      if (c == null) {
        continue;
      }
      c.q = q;
      c.sentenceStart = span[0];
      c.sentenceEnd = span[1];
      c.mentionStart = t.get(q.first).start;
      c.mentionEnd = t.get(q.end - 1).end();
      c.period = period(t, q, times, c.measure, published);
      c.likelihood = likelihood(t, q);
      if (c.q.per == null) {
        for (int k = c.headEnd; k < Math.min(hi, c.headEnd + 6) && c.q.per == null; k++) {
          if (CLAUSE_BREAKS.has(t.get(k)) || t.get(k).is(",")) {
            break;
          }
          PhraseIndex.Match<Lexicons.Rate> rm = lex.rates.longest(t, k);
          if (rm != null && rm.value.position != Lexicons.Position.BEFORE
              && !NumberGrammar.timeAgo(t, k + rm.length) && !(k > 0
              && (t.get(k - 1).is("in") || t.get(k - 1).is("within") || t.get(k - 1).is("for")
                  || t.get(k - 1).is("over") || t.get(k - 1).is("of") || t.get(k - 1).is("during")))) {
            c.q.per = rm.value.per;
          }
        }
      }
      if (c.q.per == null) {
        c.q.per = rateBefore(t, q, lo);
      }
      // "400,000 rubles ($4,600)": the bracketed conversion shares the rate
      if (previous != null && previous.measure == Measure.PAYMENT && c.measure == Measure.PAYMENT
          && q.first > 0 && t.get(q.first - 1).is("(") && previous.q.end == q.first - 1) {
        if (c.q.per == null) {
          c.q.per = previous.q.per;
        } else if (previous.q.per == null) {
          previous.q.per = c.q.per;
        }
        c.bracketAfterMoney = true;
        if (c.period == null) {
          c.period = previous.period;
        }
      }
      out.add(c);
      previous = c;
    }
    return out;
  }

  /** "48 countries", "40 drones", "three years": the next noun is not people. */
  private boolean countsThings(List<Token> t, QuantityMention q) {
    int k = q.end;
    if (k < t.size() && t.get(k).is("of") && q.magnitude) {
      k++;
    }
    for (int n = 0; n < 3 && k < t.size(); n++, k++) {
      PhraseIndex.Match<Lexicons.Noun> nm = lex.nouns.longest(t, k);
      if (nm != null) {
        return nm.value.nounClass == Lexicons.NounClass.THING || nm.value.nounClass == Lexicons.NounClass.TIME;
      }
      Token tok = t.get(k);
      if (!tok.isWord() || RELATIVE.has(tok) || lex.places.longest(t, k) != null
          || isVerbish(tok) && !adjectiveBeforeNoun(t, k)) {
        return false;
      }
    }
    return false;
  }

  /** "retired soldiers", "detained migrants": a participle used as an adjective before a people noun. */
  private boolean adjectiveBeforeNoun(List<Token> t, int k) {
    if (k + 1 >= t.size() || !t.get(k).key.endsWith("ed")) {
      return false;
    }
    PhraseIndex.Match<Lexicons.Noun> nm = lex.nouns.longest(t, k + 1);
    return nm != null && nm.value.nounClass != Lexicons.NounClass.TIME;
  }

  private Candidate classify(List<Token> t, QuantityMention q, int lo, int hi, boolean[] sourceTok,
      Candidate previous, List<QuantityMention> qs, int index, boolean previousIsOutside) {
    Candidate c = new Candidate();
    if (q.isMoney()) {
      if (notAboutManpower(t)) {
        return null;
      }
      if (q.unit != null && q.unit.getCurrencyCode().equals("INR") && !t.get(q.first).is("₹")) {
        q.unit = rupeeOf(t, q.unit);
      }
      c.measure = Measure.PAYMENT;
      c.headEnd = q.end;
      addOrigins(c.origins, peopleInClause(t, q, lo, hi, sourceTok));
      c.originExplicit = !c.origins.isEmpty();
      return c;
    }
    // the head noun: "1,500 foreign nationals", "hundreds of Yemeni mercenaries", "771 recruits"
    int k = q.end;
    Lexicons.Noun head = null;
    int headAt = -1;
    if (k + 1 < t.size() && t.get(k).is("-") && t.get(k + 1).is("strong")) {
      // "an 11,000-strong force": the compound says these are troops
      head = new Lexicons.Noun(Lexicons.NounClass.PERSON, Measure.SERVING);
      headAt = k + 1;
      k += 2;
      while (k < hi && t.get(k).isWord() && !isVerbish(t.get(k)) && k < q.end + 5) {
        k++;
      }
    }
    int modifiers = 0;
    boolean foreignWord = false;
    boolean partitive = false;
    boolean distributive = false;
    TreeSet<Origin> npOrigins = new TreeSet<>();
    while (head == null && k < hi && modifiers <= 4) {
      Token tok = t.get(k);
      if (tok.is("of") && (q.magnitude || modifiers == 0) && k == q.end) {
        k++;
        if (k < hi && (t.get(k).is("the") || t.get(k).is("those") || t.get(k).is("these")
            || t.get(k).is("its") || t.get(k).is("their") || t.get(k).is("his") || t.get(k).is("her")
            || t.get(k).is("our"))) {
          k++;
        }
        continue;
      }
      PhraseIndex.Match<Lexicons.Noun> nm = lex.nouns.longest(t, k, hi);
      PhraseIndex.Match<Lexicons.Place> pm = lex.places.longest(t, k, hi);
      if (pm != null && pm.value.demonym && (nm == null || pm.length >= nm.length)) {
        npOrigins.add(pm.value.origin);
        k += pm.length;
        // "Indian and Nepali recruits"
        if (k + 1 < hi && (t.get(k).is("and") || t.get(k).is(",") || t.get(k).is("or"))) {
          PhraseIndex.Match<Lexicons.Place> more = lex.places.longest(t, k + 1, hi);
          if (more != null && more.value.demonym) {
            k++;
            continue;
          }
        }
        // "120 Kyrgyz, 80 Kazakh and 240 Uzbek citizens": each figure with its own demonym
        if (k + 1 < t.size() && (t.get(k).is(",") || t.get(k).is("and")) && t.get(k + 1).isNumber()
            && !(k < hi && lex.nouns.longest(t, k, hi) != null)) {
          head = new Lexicons.Noun(Lexicons.NounClass.PERSON, null);
          headAt = k - 1;
          distributive = true;
          break;
        }
        if (k >= hi && index > 0 && previous != null && !previousIsOutside
            && (t.get(q.first - 1).is(",") || t.get(q.first - 1).is("and"))) {
          distributive = true; // the last of "120 Kyrgyz, 80 Kazakh and 240 Uzbek citizens"
        }
        // a plural demonym is itself the head: "53 Sri Lankans", "100 Indians"
        Token last = t.get(k - 1);
        if (last.text.endsWith("s") && !last.text.endsWith("ss") || last.key.equals("chinese")
            && !(k < hi && lex.nouns.longest(t, k, hi) != null)) {
          if (!(k < hi && lex.nouns.longest(t, k, hi) != null)) {
            head = new Lexicons.Noun(Lexicons.NounClass.PERSON, null);
            headAt = k - 1;
            break;
          }
        }
        modifiers++;
        continue;
      }
      if (nm != null) {
        head = nm.value;
        headAt = k;
        k += nm.length;
        break;
      }
      if (tok.is("foreign") || tok.is("overseas")) {
        foreignWord = true;
      }
      if (k == q.end + (t.get(q.end).is("of") ? 1 : 0) && k > q.end && (tok.is("them") || tok.is("whom")
          || tok.is("those") || tok.is("these")) && previous != null) {
        head = new Lexicons.Noun(Lexicons.NounClass.PERSON, null);
        headAt = k;
        k++;
        partitive = true;
        break;
      }
      if (adjectiveBeforeNoun(t, k)) {
        modifiers++;
        k++;
        continue;
      }
      if (tok.isWord() && !tok.isCapitalized() && !lex.triggers.isEmpty() && lex.triggers.longest(t, k, hi) == null
          && !tok.is("and") && !tok.is("or") && !RELATIVE.has(tok) && !isVerbish(tok)) {
        modifiers++;
        k++;
        continue;
      }
      if (tok.is("-") && !tok.spaceBefore) {
        k++;
        continue;
      }
      break;
    }
    if (head != null && (head.nounClass == Lexicons.NounClass.THING || head.nounClass == Lexicons.NounClass.TIME)) {
      return null;
    }
    if (head != null && head.nounClass == Lexicons.NounClass.FOREIGN) {
      foreignWord = true;
    }
    // origin from the noun phrase and what follows: "recruits from former Soviet republics"
    int after = headAt >= 0 ? Math.max(k, headAt + 1) : q.end;
    TreeSet<Origin> from = fromPlace(t, after, hi);
    if (from.isEmpty() && headAt >= 0 && after < hi && t.get(after).is("of")
        && (t.get(headAt).is("citizens") || t.get(headAt).is("nationals") || t.get(headAt).is("natives")
            || t.get(headAt).is("residents"))) {
      readPlaces(t, after + 1, hi, from); // "citizens of Egypt"
    }
    if (from.isEmpty() && headAt >= 1 && (t.get(headAt - 1).is("its") || t.get(headAt - 1).is("their"))) {
      addOrigins(from, possessorCountry(t, q.first)); // "the Sri Lankan government believes 400 of its citizens"
    }
    boolean elliptic = false;
    boolean bracket = q.first > 0 && t.get(q.first - 1).is("(");
    TreeSet<Origin> bracketOrigin = bracket ? placeBefore(t, q.first - 1) : null;
    if (bracketOrigin != null && !bracketOrigin.isEmpty()) {
      from.addAll(bracketOrigin);
      elliptic = previous != null && !previousIsOutside;
    }
    if (head != null && headAt >= 0 && t.get(headAt).is("others") && previous != null || partitive
        || distributive && previous != null && !previousIsOutside) {
      elliptic = true;
    }
    // "Latin America with 147", "former Soviet republics with 486"
    if (head == null && q.first > 0 && t.get(q.first - 1).is("with") && from.isEmpty()) {
      addOrigins(from, placeBefore(t, q.first - 1));
    }
    if (head == null) {
      // a bare number: "72 from Africa", "South and East Asia (771)", "and 2,700 injured"
      Measure adjacent = adjacentTrigger(t, q.end, hi);
      Measure copula;
      Lexicons.Noun apposition;
      TreeSet<Origin> nop = numberOfPeople(t, q, lo);
      boolean breakdown = !from.isEmpty();
      if (nop != null) {
        addOrigins(from, nop);
      }
      if (!from.isEmpty()) {
        elliptic = previous != null && (!previousIsOutside || breakdown && !previous.origins.isEmpty()
            && previous.measure != Measure.PAYMENT);
        if (!elliptic && adjacent == null && nearestTrigger(t, q, lo, hi, false) == null) {
          return null;
        }
      } else if (adjacent != null) {
        c.measure = adjacent;
        // "96 have come home and 12 have been killed": the list shares its people
        elliptic = previous != null && !previousIsOutside && q.first > 0 && ellipsisCue(t, q.first, previous);
      } else if (previous != null && !previousIsOutside && q.first > 0 && ellipsisCue(t, q.first, previous)) {
        elliptic = true;
      } else if ((copula = copulaAfterMeasureNoun(t, q, lo)) != null) {
        c.measure = copula;
      } else if (refersToFigure(t, q) && previous != null) {
        elliptic = true; // "put the figure at between 14,000 and 15,000"
      } else if ((apposition = appositionHead(t, q)) != null) {
        head = apposition;
      } else if (nop != null) {
        // "the number of Sri Lankans who went ranges from ..."
      } else {
        return null;
      }
    }
    // measure
    Measure m = c.measure;
    if (m == null && head != null && head.nounClass == Lexicons.NounClass.MEASURE_NOUN) {
      Measure combo = nearestTrigger(t, q, lo, hi, true);
      m = combo == Measure.CASUALTIES ? combo : head.measure;
    }
    if (m == null && elliptic && previous != null) {
      Measure forward = forwardTrigger(t, q, hi);
      m = forward != null ? forward : previous.measure;
    }
    if (m == null) {
      int headEnd = headAt >= 0 && head.nounClass != Lexicons.NounClass.MEASURE_NOUN ? k : q.end;
      m = nearestTrigger(t, q, lo, hi, false, headEnd);
    }
    if (m == null && head != null && head.measure == null && previous != null && !previousIsOutside
        && q.first > 0 && ellipsisCue(t, q.first, previous)) {
      m = previous.measure; // "120 Kyrgyz, 80 Kazakh and 240 Uzbek citizens": one list, one measure
    }
    if (m == null && head != null && head.measure != null) {
      m = head.measure;
    }
    if (m == null && elliptic) {
      m = nearestTrigger(t, q, 0, t.size(), false);
    }
    if (m == null) {
      boolean significant = q.qualifier != dev.muster.Qualifier.EXACT || q.magnitude || !q.words
          && q.value.compareTo(BigDecimal.TEN) >= 0;
      if (!significant) {
        return null;
      }
      m = Measure.OTHER;
    }
    if (m == Measure.PAYMENT) {
      return null;
    }
    c.measure = m;
    // origin
    TreeSet<Origin> origins = npOrigins; // the noun phrase's own set: npOrigins is not read after this
    if (origins.isEmpty()) {
      addOrigins(origins, from);
    }
    boolean inherited = false;
    if (origins.isEmpty() && elliptic && previous != null) {
      addOrigins(origins, previous.origins);
      inherited = !previous.originExplicit;
    }
    if (origins.isEmpty() && foreignWord && !citizenshipOfRussia(t, after, hi)) {
      addOrigins(origins, placeAnaphor(t, q));
      if (origins.isEmpty()) {
        origins.add(Origin.FOREIGN);
      }
    }
    if (origins.isEmpty() && m != Measure.DETAINED) {
      addOrigins(origins, clauseOrigin(t, q, lo, sourceTok)); // the arresting side is not the arrested
    }
    c.noOriginWanted = citizenshipOfRussia(t, after, hi) || m == Measure.DETAINED;
    c.headEnd = headAt >= 0 ? k : q.end;
    c.ownForceNoun = head == null || headAt >= 0 && OWN_FORCE_NOUNS.has(t.get(headAt));
    if (origins.isEmpty()) {
      addOrigins(origins, scene(t));
    }
    c.originExplicit = !origins.isEmpty() && !inherited;
    if (origins.isEmpty() && ownForces(m, head, t, headAt)) {
      c.origins.add(RUSSIA); // refined per document later
      c.originExplicit = false;
    }
    addOrigins(c.origins, origins);
    c.elliptic = elliptic;
    return c;
  }

  /**
   * Adds {@code more} to {@code origins}; nothing to do for an empty set, which most are (a
   * sorted set's {@code addAll} makes an iterator even then).
   */
  private static void addOrigins(Set<Origin> origins, Set<Origin> more) {
    if (!more.isEmpty()) {
      origins.addAll(more);
    }
  }

  /** Function words and verbs of being that a head noun's adjectives do not run past. */
  private static final Words VERBISH = Words.of("are", "is", "were", "was", "have", "has", "had", "been", "be",
      "will", "would", "could", "may", "might", "to", "in", "from", "on", "at", "by", "with", "the", "a", "that",
      "for", "as", "into", "than", "who", "this", "last", "next", "each", "every", "per", "alone", "so", "an",
      "its", "their", "his", "her");
  /** Participles in "-ed" that describe people ("armed men") rather than act as a verb. */
  private static final Words DESCRIBING_PARTICIPLES = Words.of("armed", "trained", "unidentified",
      "naturalized", "naturalised", "mobilized", "mobilised", "wounded", "injured", "killed");

  private static boolean isVerbish(Token tok) {
    return VERBISH.has(tok) || tok.key.endsWith("ed") && !DESCRIBING_PARTICIPLES.has(tok);
  }

  /** "migrants with Russian citizenship": naturalised citizens, whose country is not said. */
  private boolean citizenshipOfRussia(List<Token> t, int from, int hi) {
    for (int k = from; k < Math.min(hi, from + 5); k++) {
      if ((t.get(k).is("citizenship") || t.get(k).is("passports")) && k >= 1
          && (t.get(k - 1).is("with") || k >= 2 && t.get(k - 2).is("with"))) {
        return true;
      }
    }
    return false;
  }

  /** "from South and East Asia", "from African countries", "of Uzbekistan". */
  private TreeSet<Origin> fromPlace(List<Token> t, int k, int hi) {
    TreeSet<Origin> out = new TreeSet<>();
    int j = k;
    if (j < hi && t.get(j).is(",")) {
      j++;
    }
    while (j < hi && j < k + 3 && (t.get(j).is("came") || t.get(j).is("come") || t.get(j).is("arrived")
        || t.get(j).is("were") || t.get(j).is("are") || t.get(j).is("originally") || t.get(j).is("hailed")
        || t.get(j).is("coming") || t.get(j).is("recruited") || t.get(j).is("hail"))) {
      j++;
    }
    if (j < hi && t.get(j).is("from")) {
      readPlaces(t, j + 1, hi, out);
    }
    return out;
  }

  /** Reads "South and East Asia", "Belarus, Kazakhstan and Kyrgyzstan", "former Soviet republics". */
  private int readPlaces(List<Token> t, int k, int hi, Set<Origin> out) {
    int j = k;
    if (j < hi && t.get(j).is("the")) {
      j++;
    }
    // "South and East Asia", "South and Southeast Asian countries"
    if (j + 3 < hi + 1 && j + 2 < t.size() && isCompass(t.get(j)) && t.get(j + 1).is("and")) {
      int p = j + 2;
      PhraseIndex.Match<Lexicons.Place> second = lex.places.longest(t, p, Math.min(t.size(), hi + 3));
      if (second != null && second.value.origin.isRegion()) {
        Token lastWord = t.get(p + second.length - 1);
        List<Token> probe = new ArrayList<>();
        probe.add(t.get(j));
        probe.add(lastWord);
        PhraseIndex.Match<Lexicons.Place> first = lex.places.longest(probe, 0);
        if (first != null && first.length == 2) {
          out.add(first.value.origin);
          out.add(second.value.origin);
          return p + second.length;
        }
      }
    }
    int read = 0;
    while (j < t.size() && j < hi + 3 && read < 6) {
      PhraseIndex.Match<Lexicons.Place> pm = lex.places.longest(t, j);
      if (pm == null) {
        if (read > 0 && j < t.size() && (t.get(j).is(",") || t.get(j).is("and") || t.get(j).is("or"))) {
          j++;
          continue;
        }
        break;
      }
      out.add(pm.value.origin);
      read++;
      j += pm.length;
      if (j < t.size() && (t.get(j).is("countries") || t.get(j).is("states") || t.get(j).is("nations"))) {
        j++;
      }
    }
    return j;
  }

  private static final Words COMPASS = Words.of("south", "east", "west", "north", "southeast", "central",
      "southern", "eastern", "western", "northern");

  private static boolean isCompass(Token t) {
    return t.isCapitalized() && COMPASS.has(t);
  }

  /** The place just before a bracket: "South and East Asia (771)". */
  private TreeSet<Origin> placeBefore(List<Token> t, int bracket) {
    TreeSet<Origin> out = new TreeSet<>();
    for (int s = Math.max(0, bracket - 6); s < bracket; s++) {
      TreeSet<Origin> probe = new TreeSet<>();
      int end = readPlaces(t, s, bracket, probe);
      if (!probe.isEmpty() && end == bracket) {
        return probe;
      }
    }
    return out;
  }

  private Measure adjacentTrigger(List<Token> t, int k, int hi) {
    int j = k;
    // "30 have been killed", "6,000 killed", "one captured", "hundreds of thousands fled"
    int limit = Math.min(hi, k + 4);
    while (j < limit) {
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, j, hi);
      if (m != null) {
        return m.value;
      }
      Token tok = t.get(j);
      if (!(FINITE_AUX.has(tok) || tok.is("been") || tok.is("being")
          || VERB_GROUP_ADVERBS.has(tok))) {
        return null;
      }
      j++;
    }
    return null;
  }

  private static boolean ellipsisCue(List<Token> t, int first, Candidate previous) {
    Token b = t.get(first - 1);
    if (b.isCapitalized() && first >= 2 && (t.get(first - 2).is("and") || t.get(first - 2).is(","))) {
      return true; // "the target for Chelyabinsk is 10,000 and Perm 9,000"
    }
    return b.is("and") || b.is(",") || b.is("or") || b.is("while") || b.is("to")
        || b.is("than") || b.is("versus") || b.is("vs")
        || first >= 2 && t.get(first - 2).is(",") && (b.is("lower") || b.is("higher"));
  }

  private static final Words COPULAS = Words.of("is", "was", "are", "were", "at", "of", "to", "by",
      "reached", "reaching", "totaled", "totalled", "totaling", "totalling", "stood", "stands", "numbered",
      "exceeded", "falls", "fell", "rose", "lists", "listed", "counts", "counted", "recorded", "registered",
      "put", "puts", "placed", "placing", "around", "hit", "hits", "topped", "surpassed", "amounted",
      "amounts", "estimated", "ranges", "range", "ranging", "between", "from");

  /** The longest trigger that ends at token {@code k}, within [lo, limit). */
  private PhraseIndex.Match<Measure> triggerEndingAt(List<Token> t, int k, int lo, int limit) {
    for (int len = 5; len >= 1; len--) {
      int s = k - len + 1;
      if (s < lo) {
        continue;
      }
      PhraseIndex.Match<Measure> m = lex.triggersBefore.longest(t, s, Math.min(limit, k + 1));
      if (m != null && m.length == len) {
        return m;
      }
    }
    return null;
  }

  /** The first trigger after the number in its clause, before any other number. */
  private Measure forwardTrigger(List<Token> t, QuantityMention q, int hi) {
    for (int k = q.end; k < hi && k < q.end + 8; k++) {
      if (CLAUSE_BREAKS.has(t.get(k))) {
        return null;
      }
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k, hi);
      if (m != null) {
        return m.value;
      }
    }
    return null;
  }

  /** "In Sri Lanka, police said ...": a sentence that opens on a country is about its people. */
  private TreeSet<Origin> scene(List<Token> t) {
    TreeSet<Origin> out = new TreeSet<>();
    if (t.size() > 3 && t.get(0).is("in")) {
      PhraseIndex.Match<Lexicons.Place> pm = lex.places.longest(t, 1);
      if (pm != null && !pm.value.demonym && pm.value.origin.isCountry() && 1 + pm.length < t.size()
          && t.get(1 + pm.length).is(",") && !pm.value.origin.code().equals("UA")) {
        out.add(pm.value.origin);
      }
    }
    return out;
  }

  /** The country a possessive refers to: the nearest country named before the number. */
  private TreeSet<Origin> possessorCountry(List<Token> t, int first) {
    for (int k = first - 1; k >= 0; k--) {
      PhraseIndex.Match<Lexicons.Place> pm = lex.places.longest(t, k, first);
      if (pm != null && pm.value.origin.isCountry()) {
        return new TreeSet<>(Set.of(pm.value.origin));
      }
    }
    return new TreeSet<>();
  }

  /**
   * "... former Soviet republics such as Belarus and Kazakhstan — here, recruiters signed up 523
   * foreigners": "here" or "there" after a break points back to the places named before it.
   */
  private TreeSet<Origin> placeAnaphor(List<Token> t, QuantityMention q) {
    for (int k = q.first - 1; k >= 1; k--) {
      Token w = t.get(k);
      if (w.is("here") || w.is("there")) {
        Token b = t.get(k - 1);
        if (!(b.is("-") || b.is(",") || b.is(";") || b.is(":"))) {
          return new TreeSet<>();
        }
        for (int s = 0; s < k - 1; s++) {
          TreeSet<Origin> places = new TreeSet<>();
          readPlaces(t, s, k - 1, places);
          if (places.stream().anyMatch(Origin::isRegion)) {
            places.removeIf(o -> !o.isRegion());
            return places;
          }
        }
        return new TreeSet<>();
      }
      if (w.isNumber()) {
        break;
      }
    }
    return new TreeSet<>();
  }

  /** "put the figure at", "the number rose to", "the tally stands at": a reference to an earlier figure. */
  private static boolean refersToFigure(List<Token> t, QuantityMention q) {
    for (int k = q.first - 1; k >= Math.max(0, q.first - 5); k--) {
      String w = t.get(k).key;
      if (w.equals("figure") || w.equals("number") || w.equals("total") || w.equals("tally")
          || w.equals("count") || w.equals("estimate")) {
        return true;
      }
      if (CLAUSE_BREAKS.contains(w) || t.get(k).isNumber()) {
        return false;
      }
    }
    return false;
  }

  /** "the most recruits, about 812": a number set off by a comma after a people noun. */
  private Lexicons.Noun appositionHead(List<Token> t, QuantityMention q) {
    int b = q.first - 1;
    if (b < 1 || !t.get(b).is(",") || q.end < t.size() && !(t.get(q.end).is(",") || t.get(q.end).is("."))) {
      return null;
    }
    for (int len = 2; len >= 1; len--) {
      int s = b - len;
      if (s < 0) {
        continue;
      }
      PhraseIndex.Match<Lexicons.Noun> nm = lex.nouns.longest(t, s, b);
      if (nm != null && nm.length == len && nm.value.nounClass != Lexicons.NounClass.THING
          && nm.value.nounClass != Lexicons.NounClass.TIME) {
        return nm.value;
      }
    }
    return null;
  }

  /** "the true number of Sri Lankans who went ranges from a few thousand to 15,000". */
  private TreeSet<Origin> numberOfPeople(List<Token> t, QuantityMention q, int lo) {
    int b = copulaBefore(t, q.first);
    if (b < 0 || !COPULAS.has(t.get(b))) {
      return null;
    }
    for (int k = b - 1; k >= Math.max(lo + 1, b - 10); k--) {
      if (t.get(k).is("of") && (t.get(k - 1).is("number") || t.get(k - 1).is("total")
          || t.get(k - 1).is("estimates") || t.get(k - 1).is("estimate") || t.get(k - 1).is("count")
          || t.get(k - 1).is("numbers"))) {
        TreeSet<Origin> out = new TreeSet<>();
        PhraseIndex.Match<Lexicons.Place> pm = lex.places.longest(t, k + 1);
        if (pm != null && pm.value.demonym) {
          out.add(pm.value.origin);
          return out;
        }
        PhraseIndex.Match<Lexicons.Noun> nm = lex.nouns.longest(t, k + 1);
        return nm != null && nm.value.nounClass != Lexicons.NounClass.THING
            && nm.value.nounClass != Lexicons.NounClass.TIME ? out : null;
      }
    }
    return null;
  }

  /** The copula before a number, over adverbs: "is probably about 15,000" gives "is". */
  private static int copulaBefore(List<Token> t, int first) {
    int b = first - 1;
    while (b > 0 && (t.get(b).is("probably") || t.get(b).is("likely") || t.get(b).is("now")
        || t.get(b).is("currently") || t.get(b).is("already") || t.get(b).is("still") || t.get(b).is("roughly")
        || t.get(b).is("believed") || t.get(b).is("thought") || t.get(b).is("be") || t.get(b).is("to")
        && t.get(b - 1).is("believed"))) {
      b--;
    }
    return b;
  }

  /** "the recruitment target for Chelyabinsk region is 10,000", "put the number at 4,000". */
  private Measure copulaAfterMeasureNoun(List<Token> t, QuantityMention q, int lo) {
    int b = copulaBefore(t, q.first);
    if (b < 0) {
      return null;
    }
    Token cue = t.get(b);
    if (!COPULAS.has(cue)) {
      return null;
    }
    for (int k = b; k >= Math.max(lo, b - 12); k--) {
      Token tok = t.get(k);
      if (CLAUSE_BREAKS.has(tok)) {
        return null;
      }
      PhraseIndex.Match<Measure> m = triggerEndingAt(t, k, lo, b + 1);
      if (m != null) {
        return m.value;
      }
    }
    return null;
  }

  /** The nearest measure word in the number's clause; those in a relative clause count last. */
  private Measure nearestTrigger(List<Token> t, QuantityMention q, int lo, int hi, boolean comboOnly) {
    return nearestTrigger(t, q, lo, hi, comboOnly, q.end);
  }

  private Measure nearestTrigger(List<Token> t, QuantityMention q, int lo, int hi, boolean comboOnly,
      int forwardFrom) {
    int bestScore = Integer.MAX_VALUE;
    Measure best = null;
    // forward; "the two attackers and at least 11 Russian men dead" shares the predicate
    int end = hi;
    if (hi < t.size() && hi > q.end && (t.get(hi - 1).is("and") || t.get(hi - 1).is("or"))) {
      end = Math.min(t.size(), hi + 12);
    }
    boolean relative = false;
    for (int k = Math.max(q.end, forwardFrom); k < end; k++) {
      Token tok = t.get(k);
      if (CLAUSE_BREAKS.has(tok) || tok.is("-") && tok.spaceBefore
          || tok.is(",") && k + 1 < t.size() && (t.get(k + 1).is("and") || t.get(k + 1).is("but"))) {
        break;
      }
      if (RELATIVE.has(tok)) {
        relative = true;
      }
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k, end);
      if (m != null) {
        if (comboOnly && m.length < 3) {
          k += m.length - 1;
          continue;
        }
        boolean aux = k > q.end && isAux(t, k - 1);
        if (aux && relative && k - 1 > q.end && RELATIVE.has(t.get(k - 2))) {
          aux = false;
        }
        int score = (k - Math.max(q.end, forwardFrom)) + (relative && !aux ? 40 : 0) - (aux ? 30 : 0);
        if (relative && aux) {
          // "... who had been recruited by the army have been killed": the relative clause ends
          score = (k - q.end) + 40;
          if (isMainAfterRelative(t, q.end, k)) {
            score = (k - q.end) - 30;
          }
        }
        if (score < bestScore) {
          bestScore = score;
          best = m.value;
        }
        k += m.length - 1;
      }
    }
    // backward
    for (int k = q.first - 1; k >= lo; k--) {
      Token tok = t.get(k);
      if (CLAUSE_BREAKS.has(tok) || tok.is("-") && tok.spaceBefore) {
        break;
      }
      for (int len = 4; len >= 1; len--) {
        int s = k - len + 1;
        if (s < lo) {
          continue;
        }
        PhraseIndex.Match<Measure> m = lex.triggersBefore.longest(t, s, k + 1);
        if (m != null && m.length == len) {
          if (comboOnly && m.length < 3) {
            continue;
          }
          int score = (q.first - k) + 1;
          if (q.first - k <= 1 && !comboOnly) {
            score -= 3; // "has killed 1,200 mercenaries fighting for Russia": the verb before governs
          }
          if (score < bestScore) {
            bestScore = score;
            best = m.value;
          }
          k = s;
          break;
        }
      }
    }
    return best;
  }

  /** Adverbs (and a quote mark) that may stand inside a verb group: "have reportedly been". */
  private static final Words VERB_GROUP_ADVERBS = Words.of("reportedly", "allegedly", "recently",
      "already", "also", "now", "since", "originally", "subsequently", "still", "currently", "later",
      "reported", "\"");
  private static final Words FINITE_AUX = Words.of("were", "was", "are", "is", "have", "has", "had");

  /** Whether token {@code k} ends a finite auxiliary group: "were", "had been", "have reportedly been". */
  private static boolean isAux(List<Token> t, int k) {
    int j = skipAdverbsBack(t, k);
    if (j < 0) {
      return false;
    }
    if (t.get(j).is("been")) {
      int h = skipAdverbsBack(t, j - 1);
      return h >= 0 && (t.get(h).is("have") || t.get(h).is("has") || t.get(h).is("had"));
    }
    return FINITE_AUX.has(t.get(j));
  }

  private static int skipAdverbsBack(List<Token> t, int k) {
    int j = k;
    while (j >= 0 && VERB_GROUP_ADVERBS.has(t.get(j))) {
      j--;
    }
    return j;
  }

  /** Whether a trigger after a relative clause is the main verb: "who had been X ... have been Y". */
  private static boolean isMainAfterRelative(List<Token> t, int from, int k) {
    int auxCount = 0;
    for (int j = from; j < k; j++) {
      String a = t.get(j).key;
      if (a.equals("have") || a.equals("has") || a.equals("had") || a.equals("were") || a.equals("was")
          || a.equals("are") || a.equals("is")) {
        auxCount++;
      }
    }
    return auxCount >= 2;
  }

  private static final Words STATE_MONEY = Words.of("budget", "budgets", "spend", "spending", "spent",
      "gdp", "revenue", "revenues", "exports", "imports", "oil", "gas", "loan", "loans", "aid", "reserves",
      "deficit", "debt", "economy", "investment", "investments", "market", "trade", "assets", "funding",
      "sanctions", "weapons", "arms", "missiles", "drones", "equipment", "contracts worth", "deal");
  private static final Words PAY_WORDS = Words.of("pay", "paid", "pays", "paying", "salary", "salaries",
      "bonus", "bonuses", "fee", "fees", "compensation", "wage", "wages", "earn", "earned", "earning", "earns",
      "offered", "offer", "offers", "payment", "payments", "allowance", "allowances", "benefits", "income",
      "lump", "promised", "payout", "payouts", "reward", "recruits", "recruit", "soldier", "soldiers",
      "volunteers", "families", "family", "per", "monthly", "month");

  /** "Russia's military budget will reach $145 billion": money that is not pay. */
  private static boolean notAboutManpower(List<Token> t) {
    boolean state = false;
    for (Token x : t) {
      if (PAY_WORDS.has(x)) {
        return false;
      }
      state |= STATE_MONEY.has(x);
    }
    return state;
  }

  /** Plain "rupees" are Nepal's or Sri Lanka's in a sentence about those countries. */
  private java.util.Currency rupeeOf(List<Token> t, java.util.Currency fallback) {
    for (Origin o : countries(t)) {
      switch (o.code()) {
        case "NP": return java.util.Currency.getInstance("NPR");
        case "LK": return java.util.Currency.getInstance("LKR");
        case "PK": return java.util.Currency.getInstance("PKR");
        case "IN": return fallback;
        default: break;
      }
    }
    return fallback;
  }

  /** Who money is paid to: "Serbian volunteers", "Nepalis", "a recruit from Sri Lanka", nearest first. */
  private TreeSet<Origin> peopleInClause(List<Token> t, QuantityMention q, int lo, int hi, boolean[] sourceTok) {
    TreeSet<Origin> best = new TreeSet<>();
    int bestDistance = Integer.MAX_VALUE;
    int from = lo;
    for (int k = q.first - 1; k >= lo; k--) {
      if (CLAUSE_BREAKS.has(t.get(k))) {
        from = k + 1;
        break;
      }
    }
    int to = hi;
    for (int k = q.end; k < hi; k++) {
      if (CLAUSE_BREAKS.has(t.get(k))) {
        to = k;
        break;
      }
    }
    for (int k = from; k < to; k++) {
      if (k >= q.first && k < q.end || sourceTok[k]) {
        continue;
      }
      int distance = k < q.first ? q.first - k : k - q.end;
      if (t.get(k).is("from") && k + 1 < to) {
        TreeSet<Origin> places = new TreeSet<>();
        readPlaces(t, k + 1, to, places);
        places.removeIf(o -> !o.isCountry());
        if (!places.isEmpty() && k > 0 && lex.nouns.longest(t, k - 1) != null && distance < bestDistance) {
          best = places;
          bestDistance = distance;
        }
        continue;
      }
      if (t.get(k).is("foreign") && k + 1 < to && lex.nouns.longest(t, k + 1) != null
          && distance < bestDistance) {
        best = new TreeSet<>(Set.of(Origin.FOREIGN));
        bestDistance = distance;
        continue;
      }
      PhraseIndex.Match<Lexicons.Place> pm = lex.places.longest(t, k);
      if (pm == null || !pm.value.demonym || !pm.value.origin.isCountry()) {
        continue;
      }
      int e = k + pm.length;
      Token last = t.get(e - 1);
      boolean people = last.text.endsWith("s") && !last.text.endsWith("ss");
      if (!people && e < to) {
        PhraseIndex.Match<Lexicons.Noun> nm = lex.nouns.longest(t, e);
        people = nm != null && (nm.value.nounClass == Lexicons.NounClass.PERSON
            || nm.value.nounClass == Lexicons.NounClass.FOREIGN || t.get(e).is("families"));
      }
      if (people && distance < bestDistance) {
        best = new TreeSet<>(Set.of(pm.value.origin));
        bestDistance = distance;
      }
      k = e - 1;
    }
    return best;
  }

  /** A country or demonym in the clause before the number, outside source names and "in X". */
  private TreeSet<Origin> clauseOrigin(List<Token> t, QuantityMention q, int lo, boolean[] sourceTok) {
    TreeSet<Origin> out = new TreeSet<>();
    for (int k = q.first - 1; k >= Math.max(0, q.first - 14); k--) {
      Token tok = t.get(k);
      if (CLAUSE_BREAKS.has(tok) || tok.isNumber()) {
        break;
      }
      if (sourceTok[k]) {
        continue;
      }
      if (tok.is("from") || tok.is("of") && k > 0 && (t.get(k - 1).is("citizens") || t.get(k - 1).is("nationals"))) {
        TreeSet<Origin> places = new TreeSet<>();
        readPlaces(t, k + 1, q.first, places);
        if (!places.isEmpty()) {
          return places;
        }
      }
      for (int len = 4; len >= 1; len--) {
        int s = k - len + 1;
        if (s < 0) {
          continue;
        }
        PhraseIndex.Match<Lexicons.Place> pm = lex.places.longest(t, s, k + 1);
        if (pm != null && pm.length == len && !sourceTok[s]) {
          Token before = s > 0 ? t.get(s - 1) : null;
          if (before != null && before.is("the") && s > 1) {
            before = t.get(s - 2);
          }
          boolean prepObject = before != null && NOT_ORIGIN_PREPOSITIONS.has(before);
          boolean possessiveOfThing = s + len < t.size() && t.get(s + len).is("'");
          if (!prepObject && (!pm.value.demonym || !nextIsThing(t, s + len))) {
            if (s >= 2 && t.get(s - 1).is("and") && isCompass(t.get(s - 2))) {
              TreeSet<Origin> both = new TreeSet<>();
              readPlaces(t, s - 2, s + len, both);
              if (both.size() > 1) {
                return both; // "South and East Asia"
              }
            }
            if (!possessiveOfThing || pm.value.origin.code().equals("RU") || true) {
              out.add(pm.value.origin);
              return out;
            }
          }
          k = s;
          break;
        }
      }
    }
    return out;
  }

  private boolean nextIsThing(List<Token> t, int k) {
    if (k >= t.size()) {
      return false;
    }
    String w = t.get(k).key;
    return w.equals("president") || w.equals("authorities") || w.equals("officials") || w.equals("government")
        || w.equals("army") || w.equals("military") || w.equals("ministry") || w.equals("law")
        || w.equals("lawmakers") || w.equals("media") || w.equals("side") || w.equals("border")
        || w.equals("territory") || w.equals("intelligence");
  }

  private static boolean ownForces(Measure m, Lexicons.Noun head, List<Token> t, int headAt) {
    switch (m) {
      case CONSCRIPTED:
      case FORCE_TARGET:
      case FLED:
        return true;
      case CASUALTIES:
      case KILLED:
      case WOUNDED:
        return head == null || headAt >= 0 && OWN_FORCE_NOUNS.has(t.get(headAt));
      default:
        return false;
    }
  }

  private Likelihood likelihood(List<Token> t, QuantityMention q) {
    for (int k = q.first - 1; k >= Math.max(0, q.first - 8); k--) {
      Token tok = t.get(k);
      if (CLAUSE_BREAKS.has(tok) || tok.isNumber()) {
        break;
      }
      PhraseIndex.Match<Likelihood> m = lex.likelihood.longest(t, k, q.first);
      if (m != null) {
        // "highly likely" beats "likely": look one word further back
        if (k > 0) {
          PhraseIndex.Match<Likelihood> wider = lex.likelihood.longest(t, k - 1, q.first);
          if (wider != null && wider.length > m.length) {
            return wider.value;
          }
        }
        return m.value;
      }
    }
    return null;
  }

  private Per rateBefore(List<Token> t, QuantityMention q, int lo) {
    for (int k = q.first - 1; k >= Math.max(lo, q.first - (q.isMoney() ? 14 : 10)); k--) {
      Token tok = t.get(k);
      if (tok.isNumber() && !(tok.text.length() == 4 && tok.text.startsWith("20")) || CLAUSE_BREAKS.has(tok)) {
        return null;
      }
      PhraseIndex.Match<Lexicons.Rate> m = lex.rates.longest(t, k, q.first);
      if (m != null && m.value.position != Lexicons.Position.AFTER) {
        return m.value.per;
      }
    }
    return null;
  }

  private Period period(List<Token> t, QuantityMention q, List<TimeExpressions.Expr> times, Measure m,
      Optional<LocalDate> published) {
    TimeExpressions.Expr best = null;
    int bestScore = Integer.MAX_VALUE;
    TimeExpressions.Expr leading = null;
    for (TimeExpressions.Expr e : times) {
      if (e.start < q.end && e.end > q.first) {
        continue;
      }
      if (e.leading) {
        leading = e;
        continue;
      }
      int dist = e.start >= q.end ? e.start - q.end : q.first - e.end;
      boolean reportingSide = false;
      int from = e.start >= q.end ? q.end : e.end;
      int to = e.start >= q.end ? e.start : q.first;
      for (int k = from; k < to; k++) {
        if (t.get(k).is("that") || Attributions.SAY_VERBS.has(t.get(k)) && Attributions.reports(t, k)
            || CLAUSE_BREAKS.has(t.get(k))) {
          reportingSide = true;
        }
      }
      int score = dist + (reportingSide ? 25 : 0) + (e.kind == TimeExpressions.Kind.WAR ? 30 : 0)
          + (e.kind == TimeExpressions.Kind.UNTIL && e.period.start().isEmpty() && e.end - e.start <= 2 ? 10 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = e;
      }
    }
    if (best == null) {
      return leading == null ? null : leading.period;
    }
    Period p = best.period;
    // a year or month still running when the figure was given ends on that day
    Optional<LocalDate> asOf = leading != null && leading.isDay() ? leading.period.start() : published;
    if (m != Measure.FORCE_TARGET && best.kind == TimeExpressions.Kind.SPAN && asOf.isPresent()
        && p.end().isPresent() && p.start().isPresent()) {
      LocalDate day = asOf.get();
      if (!day.isBefore(p.start().get()) && day.isBefore(p.end().get())) {
        p = Period.builder().from(p).end(day).endPrecision(dev.muster.DatePrecision.DAY).build();
      }
    }
    return p;
  }

  // ---------------------------------------------------------------- document rules

  /**
   * A breakdown of a total ("771 from South and East Asia") inherits the total's period and sources:
   * the largest earlier total of the same measure, of foreign recruits, if it is not smaller than the
   * part. Linear in the number of candidates: a running largest total per measure.
   */
  private static void inheritBreakdowns(List<Candidate> all) {
    // regional quotas ("the target for Chelyabinsk is 10,000") share the national target's period
    Candidate largestTarget = null;
    for (Candidate c : all) {
      if (c.measure != Measure.FORCE_TARGET) {
        continue;
      }
      if (c.period == null && c.q.high != null && largestTarget != null
          && lowOf(largestTarget).compareTo(c.q.high) > 0) {
        c.period = largestTarget.period;
      }
      if (c.period != null && c.q.low != null
          && (largestTarget == null || lowOf(c).compareTo(lowOf(largestTarget)) > 0)) {
        largestTarget = c;
      }
    }
    // a breakdown takes the largest earlier total of foreign people of its measure: one pass,
    // keeping the running largest total per measure
    Map<Measure, Candidate> largest = new EnumMap<>(Measure.class);
    for (Candidate c : all) {
      BigDecimal low = lowOf(c);
      if (c.origins.equals(Set.of(Origin.FOREIGN))) {
        Candidate top = largest.get(c.measure);
        if (low != null && (top == null || low.compareTo(lowOf(top)) >= 0)) {
          largest.put(c.measure, c); // on a tie the later, fuller statement wins over a headline
        }
        continue;
      }
      BigDecimal partHigh = c.q.high != null ? c.q.high : c.q.low;
      if (c.measure == Measure.PAYMENT || c.origins.isEmpty() || c.origins.contains(Origin.FOREIGN)
          || partHigh == null) {
        continue;
      }
      Candidate whole = largest.get(c.measure);
      if (whole != null && lowOf(whole).compareTo(partHigh) >= 0) {
        inherit(c, whole);
      }
    }
  }

  private static BigDecimal lowOf(Candidate c) {
    return c.q.low != null ? c.q.low : c.q.high;
  }

  private static void inherit(Candidate part, Candidate whole) {
    if (part.period == null) {
      part.period = whole.period;
    }
    if (!part.chainOwn || part.chain.isEmpty()) {
      part.chain = new ArrayList<>(whole.chain);
    } else {
      for (Source s : whole.chain) {
        if (!part.chain.contains(s)) {
          part.chain.add(0, s);
        }
      }
    }
  }

  /**
   * Origins that depend on the whole document: money in a story about one foreign country's
   * recruits is that country's; the "own forces" default is Russia's unless the story is
   * Ukraine's.
   */
  private void documentOrigins(List<Candidate> all, Map<Origin, Integer> counts, int russia, Origin topic) {
    Origin top = null;
    int topCount = 0;
    int foreignTotal = 0;
    for (Map.Entry<Origin, Integer> e : counts.entrySet()) {
      String code = e.getKey().code();
      if (!e.getKey().isCountry() || code.equals("RU") || code.equals("UA")) {
        continue;
      }
      foreignTotal += e.getValue();
      if (e.getValue() > topCount) {
        topCount = e.getValue();
        top = e.getKey();
      }
    }
    boolean dominant = top != null && topCount >= 3 && topCount * 2 > foreignTotal;
    if (topic == null && russia >= 3) {
      for (Candidate c : all) {
        if (c.origins.isEmpty() && !c.noOriginWanted && c.ownForceNoun && c.measure != Measure.PAYMENT
            && c.measure != Measure.OTHER && c.measure != Measure.CAPTURED) {
          c.origins.add(RUSSIA);
        }
      }
    }
    for (Candidate c : all) {
      if (c.measure == Measure.PAYMENT && c.origins.isEmpty() && dominant) {
        c.origins.add(top);
      }
      if (c.measure != Measure.PAYMENT && !c.originExplicit && !c.noOriginWanted && topic != null) {
        if (c.origins.isEmpty() || c.origins.equals(ONLY_RUSSIA) && !topic.code().equals("RU")
            && c.measure != Measure.CONSCRIPTED && c.measure != Measure.FORCE_TARGET && c.measure != Measure.FLED) {
          c.origins.clear();
          c.origins.add(topic);
        }
      }
    }
  }

  /** One sentence of pass 1: its paragraph, span and tokens (none when it is skipped). */
  static final class Sentence {
    final int paragraph;
    final int[] span;
    final List<Token> tokens;
    final boolean skip;
    /** The countries the sentence names, in text order (filled by pass 1). */
    final List<Origin> countries = new ArrayList<>(2);

    Sentence(int paragraph, int[] span, List<Token> tokens, boolean skip) {
      this.paragraph = paragraph;
      this.span = span;
      this.tokens = tokens;
      this.skip = skip;
    }
  }

  /**
   * Counts, in one pass over a sentence: demonyms that head or modify a people noun (the
   * story's topic), every country named, and mentions of Russia.
   */
  private void countPlaces(List<Token> t, Map<Origin, Integer> topicCounts, Map<Origin, Integer> placeCounts,
      int[] russia, List<Origin> countries) {
    int i = 0;
    while (i < t.size()) {
      Token x = t.get(i);
      if ((x.starts & russiaWord) != 0 && (x.is("russia") || x.is("russian") || x.is("russians")
          || x.is("moscow") || x.is("kremlin") || x.is("putin"))) {
        russia[0]++;
      }
      PhraseIndex.Match<Lexicons.Place> pm = x.isWord() ? lex.places.longest(t, i) : null;
      if (pm == null) {
        i++;
        continue;
      }
      placeCounts.merge(pm.value.origin, 1, Integer::sum);
      if (pm.value.origin.isCountry() && !countries.contains(pm.value.origin)) {
        countries.add(pm.value.origin);
      }
      int k = i + pm.length;
      if (pm.value.demonym && pm.value.origin.isCountry()) {
        Token last = t.get(k - 1);
        boolean people = last.text.endsWith("s") && !last.text.endsWith("ss")
            && Character.isUpperCase(last.text.charAt(0));
        if (!people && k < t.size()) {
          PhraseIndex.Match<Lexicons.Noun> nm = lex.nouns.longest(t, k);
          people = nm != null && (nm.value.nounClass == Lexicons.NounClass.PERSON
              || nm.value.nounClass == Lexicons.NounClass.FOREIGN);
        }
        if (people) {
          topicCounts.merge(pm.value.origin, 1, Integer::sum);
        }
      }
      i = k;
    }
  }

  /** The people a story is about: the most frequent demonym that heads or modifies a people noun. */
  private static Origin topicOf(Map<Origin, Integer> counts) {
    Origin best = null;
    int bestCount = 0;
    int total = 0;
    for (Map.Entry<Origin, Integer> e : counts.entrySet()) {
      total += e.getValue();
      if (e.getValue() > bestCount || e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return bestCount >= 2 && bestCount * 2 > total ? best : null;
  }

  /**
   * A headline figure that the body states again ("1,541 foreigners" over "at least 1,541
   * foreign nationals") is the same claim: the body's record stands.
   */
  private static void dropTitleEchoes(List<Candidate> all, String text, int bodyStart) {
    if (all.isEmpty() || all.get(0).paragraph != 1) {
      return;
    }
    int lineEnd = bodyStart;
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    if (lineEnd - bodyStart > 200) {
      return;
    }
    final int titleEnd = lineEnd;
    all.removeIf(title -> title.sentenceStart < titleEnd && all.stream().anyMatch(body ->
        body != title && body.sentenceStart >= titleEnd && body.measure == title.measure
            && sharesNumber(body.q, title.q)));
  }

  private static boolean sharesNumber(QuantityMention a, QuantityMention b) {
    return a.low != null && (a.low.equals(b.low) || a.low.equals(b.high))
        || a.high != null && (a.high.equals(b.low) || a.high.equals(b.high));
  }

  private static List<Candidate> dedupe(List<Candidate> all) {
    Map<List<Object>, Candidate> byKey = new LinkedHashMap<>();
    for (Candidate c : all) {
      // BigDecimal equality is equality of its text (value and scale); currencies are singletons
      List<Object> key = java.util.Arrays.asList(c.q.low, c.q.high, c.q.unit, c.q.per, c.measure);
      Candidate seen = byKey.get(key);
      if (seen == null) {
        byKey.put(key, c);
        continue;
      }
      Candidate keep = richness(c) > richness(seen) ? c : seen;
      Candidate other = keep == c ? seen : c;
      if (keep.period == null) {
        keep.period = other.period;
      }
      if (keep.origins.isEmpty()) {
        keep.origins.addAll(other.origins);
      }
      if (keep.likelihood == null) {
        keep.likelihood = other.likelihood;
      }
      if (keep.chain.isEmpty()) {
        keep.chain = other.chain;
      }
      byKey.put(key, keep);
    }
    List<Candidate> out = new ArrayList<>(byKey.values());
    out.sort(Comparator.comparingInt((Candidate c) -> c.mentionStart));
    return out;
  }

  private static int richness(Candidate c) {
    return c.chain.size() * 4 + (c.period != null ? 2 : 0) + (c.originExplicit ? 1 : 0);
  }

  /** Cohorts and attributions are immutable values: the commonest are made once and shared. */
  private static final RecruitCohort NO_ORIGIN = RecruitCohort.of(List.of());
  private static final Attribution NO_SOURCE = Attribution.of(List.of());
  private static final java.util.concurrent.ConcurrentHashMap<Origin, RecruitCohort> ONE_ORIGIN =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static RecruitCohort cohortOf(Set<Origin> origins) {
    if (origins.isEmpty()) {
      return NO_ORIGIN;
    }
    if (origins.size() == 1) {
      // origins are a closed set (the place lexicon's countries and regions): the map stays small
      return ONE_ORIGIN.computeIfAbsent(origins.iterator().next(), o -> RecruitCohort.of(List.of(o)));
    }
    return RecruitCohort.of(new ArrayList<>(origins));
  }

  private static List<Estimate> finish(String id, String text, List<Candidate> cs) {
    List<Estimate> out = new ArrayList<>();
    // the figures of one sentence share its evidence, an immutable value
    Evidence evidence = null;
    for (Candidate c : cs) {
      if (evidence == null || evidence.start() != c.sentenceStart || evidence.end() != c.sentenceEnd) {
        evidence = Evidence.of(id, text, c.sentenceStart, c.sentenceEnd);
      }
      Quantity.Builder qb = Quantity.builder().qualifier(c.q.qualifier);
      if (c.q.low != null) {
        qb.low(c.q.low);
      }
      if (c.q.high != null) {
        qb.high(c.q.high);
      }
      if (c.q.unit != null) {
        qb.unit(c.q.unit);
      }
      if (c.q.per != null) {
        qb.per(c.q.per);
      }
      Estimate.Builder eb = Estimate.builder()
          .documentId(id)
          .quantity(qb.build())
          .measure(c.measure)
          .cohort(cohortOf(c.origins))
          .attribution(c.chain.isEmpty() ? NO_SOURCE : Attribution.of(dedupeSources(c.chain)))
          .mention(text.substring(c.mentionStart, c.mentionEnd))
          .evidence(evidence);
      if (c.period != null) {
        eb.period(c.period);
      }
      if (c.likelihood != null) {
        eb.likelihood(c.likelihood);
      }
      out.add(eb.build());
    }
    return Collections.unmodifiableList(out);
  }

  private static List<Source> dedupeSources(List<Source> chain) {
    if (chain.size() == 1) {
      return chain;
    }
    List<Source> out = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>();
    for (Source s : chain) {
      if (names.add(s.name())) {
        out.add(s);
      }
    }
    return out;
  }

}
