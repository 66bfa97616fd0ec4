package dev.muster.parse;

import dev.muster.Measure;
import dev.muster.Period;
import dev.muster.Problem;
import dev.muster.ProblemKind;
import dev.muster.Report;
import dev.muster.Source;
import dev.muster.parse.attribution.AttributionFinder;
import dev.muster.parse.attribution.SentenceAttribution;
import dev.muster.parse.classify.Classifier;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.classify.ListLabels;
import dev.muster.parse.classify.TableRows;
import dev.muster.parse.document.Breakdowns;
import dev.muster.parse.document.Carryover;
import dev.muster.parse.document.FullNames;
import dev.muster.parse.document.InterviewAnswers;
import dev.muster.parse.document.Claims;
import dev.muster.parse.document.DocumentContext;
import dev.muster.parse.document.DocumentDate;
import dev.muster.parse.document.ListTimes;
import dev.muster.parse.document.LeadEvents;
import dev.muster.parse.document.RunningTotals;
import dev.muster.parse.document.CaptiveLists;
import dev.muster.parse.document.DocumentTopic;
import dev.muster.parse.document.DocumentOrigins;
import dev.muster.parse.document.Estimates;
import dev.muster.parse.document.Topics;
import dev.muster.parse.language.Language;
import dev.muster.parse.quantity.QuantityFinder;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.read.SourceDocument;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.segment.Paragraphs;
import dev.muster.parse.segment.Segmenter;
import dev.muster.parse.segment.Segments;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.segment.Skipped;
import dev.muster.parse.time.DatedSpan;
import dev.muster.parse.time.TextDates;
import dev.muster.parse.time.TimeContext;
import dev.muster.parse.time.TimeFinder;
import dev.muster.parse.token.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The stages of extraction, in order, for one language: the document read (stage read, before
 * this) is cut into sentences and tokens (segment), its topic is read (document), and then each
 * sentence's sources (attribution), quantities (quantity), time expressions (time) and candidate
 * figures (classify) are found, and carried on from sentence to sentence (document); last, the
 * whole-document rules decide what stands (document) and the estimates are made.
 *
 * <p>Immutable and thread-safe: every call makes its own state.
 */
final class Pipeline {

  /**
   * The stages of one language, chosen per sentence by the language of its paragraph: each reads
   * the tokens of its own lexicon.
   */
  private record Stages(Topics topics, AttributionFinder attributions, QuantityFinder quantities,
      TimeFinder times, Classifier classifier, Carryover carryover, ListLabels listLabels, TableRows tables) {

    static Stages of(Language language) {
      Lexicon lex = language.lexicon();
      AttributionFinder attributions = new AttributionFinder(lex);
      QuantityFinder quantities = new QuantityFinder(lex, language.numerals());
      TimeFinder times = new TimeFinder(lex);
      return new Stages(new Topics(lex), attributions, quantities, times,
          new Classifier(lex, quantities, attributions), new Carryover(lex, attributions, times), new ListLabels(lex),
          new TableRows(lex));
    }
  }

  /** How many characters at the start of a text are looked at for another script. */
  private static final int SCRIPT_PROBE = 600;

  private final Paragraphs paragraphs;
  private final Stages primary;
  private final Map<String, Stages> stages = new HashMap<>();
  private final TextDates textDates;
  /** The text dates of the languages written in another script than the primary's. */
  private final List<TextDates> otherScriptDates = new ArrayList<>();
  /** The text dates of each other language, by its code, for a body guessed to be in it. */
  private final Map<String, TextDates> languageDates = new HashMap<>();
  private final Breakdowns breakdowns = new Breakdowns();
  private final RunningTotals runningTotals = new RunningTotals();
  private final LeadEvents leadEvents = new LeadEvents();
  private final DocumentOrigins origins;
  private final Claims claims = new Claims();
  private final FullNames fullNames = new FullNames();
  private final InterviewAnswers interviewAnswers;
  private final Estimates estimates;
  private final CaptiveLists captiveLists;

  /** The stages of one language, which reads every Latin paragraph. */
  Pipeline(Language language) {
    this(language, List.of());
  }

  /**
   * The stages of {@code primary}, which reads Latin paragraphs of no other language read, and of
   * {@code others}, each reading the paragraphs guessed to be in it.
   */
  Pipeline(Language primary, List<Language> others) {
    List<Segmenter> segmenters = new ArrayList<>();
    for (Language l : others) {
      segmenters.add(new Segmenter(l.lexicon(), l.sentenceLocale(), l.script()));
      stages.put(l.code(), Stages.of(l));
      TextDates dates = new TextDates(l.lexicon());
      languageDates.put(l.code(), dates);
      if (l.script() != primary.script()) {
        otherScriptDates.add(dates);
      }
    }
    this.paragraphs = new Paragraphs(new Segmenter(primary.lexicon(), primary.sentenceLocale(), primary.script()),
        segmenters);
    this.primary = Stages.of(primary);
    stages.put(primary.code(), this.primary);
    this.textDates = new TextDates(primary.lexicon());
    this.estimates = new Estimates(primary.lexicon());
    this.interviewAnswers = new InterviewAnswers();
    this.captiveLists = new CaptiveLists(primary.lexicon());
    this.origins = new DocumentOrigins(primary.lexicon());
  }

  /** Returns the report of a document read by stage read, resolving relative times as {@code fallbackDate} says. */
  Report parse(SourceDocument doc, Optional<LocalDate> fallbackDate) {
    Report.Builder report = Report.builder().id(doc.id()).title(doc.title()).language(doc.language())
        .addAllProblems(doc.problems());
    if (!doc.isExtractable()) {
      return report.published(doc.published()).build();
    }
    Optional<TextDates.Found> inText = doc.published().isPresent() ? Optional.empty() : textDate(doc);
    DocumentDate date = DocumentDate.of(doc.published(), inText.map(TextDates.Found::date), fallbackDate);
    report.published(doc.published().or(() -> inText.map(TextDates.Found::date))).dateSource(date.source());
    Segments segments = paragraphs.split(doc);
    for (Skipped s : segments.skipped()) {
      report.addProblems(Problem.at(doc.id(), s.start(), ProblemKind.SKIPPED_TEXT, s.describe()));
    }
    int datelineEnd = inText.map(TextDates.Found::datelineEnd).orElse(-1);
    Segments read = datelineEnd < 0 ? segments : segments.after(datelineEnd);
    DocumentTopic topic = Topics.of(segments, l -> stagesOf(l).topics())
        .from(segments.sentences().size() - read.sentences().size());
    Optional<LocalDate> standing = standingDate(segments);
    DocumentDate timesAt = standing.isPresent() && date.date().map(d -> d.isAfter(standing.get())).orElse(true)
        ? new DocumentDate(standing, date.source()) : date; // "since ..." ends on the date the figures stand at
    List<Figure> figures = withStandingDate(withoutSource(figures(doc, read, topic, timesAt), publisher(segments)),
        standing);
    return report.addAllEstimates(estimates.of(doc.id(), doc.text(), figures)).build();
  }

  /**
   * The date the document's text gives itself, read with the primary language's words, then with
   * those of the language the body is guessed to be in ("Veröffentlicht am", "Pubblicato il") and,
   * when the start of the text has letters of another script, with those of that script's languages.
   */
  private Optional<TextDates.Found> textDate(SourceDocument doc) {
    Optional<TextDates.Found> found = textDates.find(doc.text(), doc.lines());
    TextDates own = languageDates.get(doc.language());
    if (found.isEmpty() && own != null) {
      found = own.find(doc.text(), doc.lines());
    }
    if (found.isPresent() || otherScriptDates.isEmpty() || !startsWithNonLatin(doc.text())) {
      return found;
    }
    for (TextDates other : otherScriptDates) {
      found = other.find(doc.text(), doc.lines());
      if (found.isPresent()) {
        return found;
      }
    }
    return found;
  }

  /**
   * The date a sentence of the page sets for all its figures ("Figures are as of 30 April 2025 unless
   * stated otherwise."), read with the primary language's words; empty when none does.
   */
  private Optional<LocalDate> standingDate(Segments segments) {
    return firstRead(segments.sentences(), Integer.MAX_VALUE, s -> textDates.standingDate(s.tokens()));
  }

  /** What {@code read} finds in the first of the first {@code limit} sentences that are read and give it. */
  private static <T> Optional<T> firstRead(List<Sentence> sentences, int limit, Function<Sentence, Optional<T>> read) {
    for (int i = 0; i < Math.min(sentences.size(), limit); i++) {
      Sentence s = sentences.get(i);
      Optional<T> found = s.skipped() ? Optional.empty() : read.apply(s);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The figures, those with no time of their own given the period up to {@code standing}, the date
   * the page says its figures stand at; money and targets, which hold at no date, keep none.
   */
  private static List<Figure> withStandingDate(List<Figure> figures, Optional<LocalDate> standing) {
    if (standing.isEmpty()) {
      return figures;
    }
    Period until = Period.until(Period.ofDay(standing.get()));
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      boolean timeless = f.period() == null && f.measure() != Measure.PAYMENT && f.measure() != Measure.FORCE_TARGET;
      out.add(timeless ? f.withPeriod(until) : f);
    }
    return out;
  }

  /** Whether the first {@value #SCRIPT_PROBE} characters hold a letter outside ASCII that is not Latin. */
  private static boolean startsWithNonLatin(String text) {
    int end = Math.min(text.length(), SCRIPT_PROBE);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x370 && Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the figures of a segmented document that stand, one per claim, in text order. */
  List<Figure> figures(SourceDocument doc, Segments segments, DocumentDate date) {
    return withoutSource(figures(doc, segments, Topics.of(segments, l -> stagesOf(l).topics()), date),
        publisher(segments));
  }

  /** How many of its first sentences a document's dateline may stand in. */
  private static final int DATELINE_SENTENCES = 3;

  /** The agency a dateline near the top credits ("KATHMANDU, March 3 (Reuters) -"): the story's publisher. */
  private Optional<Source> publisher(Segments segments) {
    return firstRead(segments.sentences(), DATELINE_SENTENCES,
        s -> stagesOf(s.language()).attributions().datelineCredit(s.tokens()));
  }

  /**
   * The figures without {@code publisher} among their sources: the outlet that published a story is
   * not listed ("Families interviewed by Reuters said" in a Reuters story).
   */
  private static List<Figure> withoutSource(List<Figure> figures, Optional<Source> publisher) {
    if (publisher.isEmpty()) {
      return figures;
    }
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      if (f.chain().contains(publisher.get())) {
        List<Source> chain = new ArrayList<>(f.chain());
        chain.remove(publisher.get());
        f = f.withChain(chain, f.chainOwn());
      }
      out.add(f);
    }
    return out;
  }

  /** How many paragraphs after its table's last row a footnote may stand (a source line, another note first). */
  private static final int FOOTNOTE_PARAGRAPHS = 3;

  /**
   * The time the footnote marked {@code mark} of the table row {@code row} states ("* India's
   * figures were given to parliament in January 2025."), as the time its figures stand at (open at
   * the start, ending with the footnote's end): the first sentence of a line opening with that
   * mark, a few paragraphs after the table's end at most; null when there is none or it states no
   * time or more than one.
   */
  private static Period footnoteTime(Segments segments, Sentence row, String mark, Stages st, String text,
      TimeContext time) {
    int after = -1; // the paragraph of the first line under the table that is no row of it
    for (Sentence n : segments.sentences()) {
      if (n.start() < row.end()) {
        continue;
      }
      if (after < 0 && !TableRows.tableLine(text, n)) {
        after = n.paragraph();
      }
      if (after >= 0 && n.paragraph() > after + FOOTNOTE_PARAGRAPHS) {
        return null;
      }
      if (TableRows.footnote(text, n, mark)) {
        return ListTimes.ofLead(st.times().find(n.tokens(), time)).map(Period::until).orElse(null);
      }
    }
    return null;
  }

  /**
   * The figures of an answer to a question about now, those with no time of their own (money and
   * targets aside) given the period up to {@code reference}.
   */
  private static List<Figure> answeredNow(List<Figure> candidates, LocalDate reference) {
    List<Figure> out = new ArrayList<>(candidates.size());
    for (Figure f : candidates) {
      boolean timeless = f.period() == null && f.measure() != Measure.PAYMENT && f.measure() != Measure.FORCE_TARGET;
      out.add(timeless ? f.withPeriod(Period.until(Period.ofDay(reference))) : f);
    }
    return out;
  }

  /** Returns the figures of the sentences of {@code segments}, read with the document's {@code topic}. */
  private List<Figure> figures(SourceDocument doc, Segments segments, DocumentTopic topic, DocumentDate date) {
    DocumentContext ctx = DocumentContext.start(date, topic);
    List<Figure> figures = new ArrayList<>();
    TimeContext time = TimeContext.of(date.date());
    Sentence before = null; // the sentence read before, for the referent of "1,500 of them"
    Sentence lead = null; // a line with no figure that leads the list lines after it
    Sentence itemsLead = null; // the line with no figure that leads all the marked items after it
    Optional<Period> leadTime = Optional.empty(); // the time that lead states, which its items take
    boolean listOpen = false; // whether the lines since the last lead with no time are all its items
    Optional<Period> firstItemTime = Optional.empty(); // the time its first item states, which later items take
    Figure leadTotal = null; // the total a lead with a figure states ("stands at 1,800 since 2023:"), which its items break down
    Figure leadWhole = null; // the total a partitive lead restates ("Of the 143,220 confirmed dead:"), whose parts its items are
    boolean numbered = false; // whether the line before is a numbered item's number alone ("1.")
    boolean thingsLast = false; // whether the paragraph's last sentence with a count counted things or money, no figure
    boolean table = false; // whether the line before is a table's header or row
    Sentence tableHeader = null; // the header of the table read
    Period tableTime = null; // the time a note before the table read states, or null
    Sentence categoryLead = null; // a line with no figure that ends with a colon, over the items after it
    Figure categoryWhole = null; // the total the category items under that lead break down
    int itemParagraph = -1; // the paragraph of the latest category item
    Period noteTime = null; // the one time of the latest sentence with no figure, since the last with one
    int noteParagraph = -1; // the paragraph of that sentence
    int datedParagraph = -1; // the paragraph of the sentence read last, whose dated month the time context holds
    int askedNow = -1; // the paragraph of the last question about now ("How many ... today?"), whose answer follows it
    String home = null; // the region the document names in full first ("Perm Krai")
    Map<String, Integer> loose = new HashMap<>(); // "the Kemerovo region", the regions named so, how often
    Set<String> persons = new LinkedHashSet<>(); // the persons' full names the document writes
    Map<Source, Source> heads = new HashMap<>(); // the persons named as a body's head or voice, to the body
    for (Sentence s : segments.sentences()) {
      home = home == null && !s.skipped() ? stagesOf(s.language()).attributions().homeRegion(s.tokens()) : home;
      if (!s.skipped()) {
        for (String region : stagesOf(s.language()).attributions().looseRegions(s.tokens())) {
          loose.merge(region, 1, Integer::sum);
        }
        persons.addAll(stagesOf(s.language()).attributions().names().fullNames(s.tokens()));
      }
    }
    if (home == null) {
      home = mostNamed(loose); // one region, or the one named most, only as "the Kemerovo region"
    }
    Carryover pageRules = segments.sentences().isEmpty() ? null
        : stagesOf(segments.sentences().get(0).language()).carryover();
    Source summarised = pageRules == null ? null : pageRules.summarised(segments.sentences(), topic);
    Source speaker = summarised != null || pageRules == null ? summarised
        : pageRules.issuer(segments.sentences(), topic, doc.text(), doc.excluded());
    List<Source> makers = speaker != null || pageRules == null ? List.of()
        : pageRules.project(segments.sentences(), doc.text(), doc.excluded());
    if (speaker == null && makers.isEmpty() && pageRules != null) {
      makers = pageRules.desk(segments.sentences(), doc.text(), doc.excluded()); // "MEDIAZONA · DATA" over "our count"
    }
    if (speaker != null) {
      // "Five points from RUSI's new brief", "MINISTRY OF ... | Information message": its figures are the body's
      ctx = summarised != null ? ctx.withSpeaker(speaker) : ctx.withIssuer(speaker);
    } else if (!makers.isEmpty()) {
      ctx = ctx.withIssuers(makers); // "A joint project of X and Y" over "we count ...": the page's own figures
    }
    int ownSection = Integer.MAX_VALUE; // the paragraph from which a summary page speaks for its writers
    Set<Integer> relaying = new HashSet<>(); // the starts of a summary's sentences that relay another party for its body
    for (Sentence s : segments.sentences()) {
      ctx = ctx.enter(s);
      figures.addAll(ctx.settled());
      Stages st = stagesOf(s.language());
      // "Sierra Leone | dozens | not known" under "Country | Signed contracts | Confirmed dead": a row
      // whose count is words, not a second header
      boolean header = !s.skipped() && st.tables().header(doc.text(), s) && !(table
          && st.tables().wordCountRow(doc.text(), s, tableHeader, st.quantities().find(s.tokens())));
      boolean row = table && !header && (ctx.lastFigure().isPresent() || st.tables().namesAmounts(doc.text(), tableHeader))
          && st.tables().row(doc.text(), s, tableHeader);
      table = header || row || table && st.tables().rule(doc.text(), s);
      if (header) {
        tableHeader = s;
        // "Amounts as of 1 February 2026." in the paragraph before the table: the time of its rows
        tableTime = noteParagraph >= s.paragraph() - 1 ? noteTime : null;
      }
      if (speaker != null && !s.skipped() && ownSection == Integer.MAX_VALUE && st.carryover().writersSection(s)) {
        ownSection = s.paragraph(); // "Our take": the writers' own section, not the summary
      }
      if (s.skipped() && !row) {
        ctx = ctx.skip();
      } else {
        if (st.carryover().isSourceLine(s)) {
          ctx = st.carryover().sourceLine(ctx, s, afterOnLine(doc.text(), s)); // "... in January. Source: X."
        } else if (row) {
          // "2023     1,800     1,100" under a table's header: the latest figure broken down
          List<Token> t = s.tokens();
          List<Source> credited = new ArrayList<>(); // "| South Korea's intelligence service" under "Source"
          st.attributions().names().find(st.tables().sourceCell(doc.text(), s, tableHeader), ctx.seen(),
              ctx.topic().sourceHints(ctx.sentenceIndex()), credited, new ArrayList<>());
          // "India*" over "* India's figures were given to parliament in January 2025.": the footnote's time
          String mark = st.tables().labelMark(doc.text(), s);
          Period own = mark == null ? null : footnoteTime(segments, s, mark, st, doc.text(), time);
          for (Figure f : st.tables().figures(doc.text(), s, st.quantities().find(t), st.times().find(t, time),
              ctx.lastFigure().orElse(null), ctx.latest(), tableHeader, own != null ? own : tableTime)) {
            f = credited.isEmpty() ? f : f.withChain(credited, true);
            if (!restatesEarlier(f, figures) && !restatesEarlier(f, ctx.pending())) {
              figures.add(f); // a table that sums up the text's own figures adds none of them again
            }
          }
        } else {
          Sentence read = s; // the line, or a list line read under its lead
          List<QuantityMention> all = st.quantities().find(s.tokens());
          List<QuantityMention> found = header ? List.of() // "Per 10,000 men" heads a column: no figure
              : st.classifier().countsOfPeopleOrMoney(s.tokens(), all);
          thingsLast &= before != null && before.paragraph() == s.paragraph();
          boolean listLine = st.listLabels().line(s.tokens());
          if (listLine) {
            found = st.listLabels().values(s.tokens(), found); // not the "1." of a numbered item
          }
          if (listLine && lead != null && found.size() == 1 && st.listLabels().valueOnly(s.tokens(), found.get(0))) {
            // "Nepal: 1,200" under "Foreign fighters identified so far:", when so read its value is a
            // figure the lead says what of
            Sentence joined = st.listLabels().underLead(s, found.get(0), lead);
            List<QuantityMention> value = leadValue(st, joined);
            if (!value.isEmpty() && st.classifier().readsAsFigure(joined, value.get(0))) {
              read = joined;
              found = value;
            }
          }
          List<Token> t = read.tokens();
          SentenceAttribution attribution = st.attributions().find(t, ctx.seen(),
              ctx.topic().sourceHints(ctx.sentenceIndex()), home);
          heads.putAll(st.attributions().bodiesOfHeads(t, attribution)); // "X, deputy head of the Y,"
          // a sentence without figures is read for times only when it has a number or a month: a
          // year, day or month that later months, "since then" and "at that point" take
          if (s.paragraph() != datedParagraph) {
            time = time.withDated(Optional.empty()); // "In December" counts from a dated sentence of its own paragraph
          }
          List<DatedSpan> spans = found.isEmpty() && !hasNumber(t) && !st.times().namesMonth(t) ? List.of()
              : st.times().find(t, time,
              st.attributions().datelineEnd(t));
          if (!spans.isEmpty()) {
            time = time.withYear(TimeFinder.lastYear(t, spans, time.year())).withLastDay(TimeFinder.lastDay(spans))
                .withLastSpan(TimeFinder.lastSpan(spans)).withSpans(TimeFinder.closedSpans(spans));
          }
          time = time.withDated(TimeFinder.datedMonth(t, spans));
          datedParagraph = s.paragraph();
          Figure previous = ctx.paragraphPrevious();
          if (previous == null && read == s && st.classifier().placeLabelled(t, found)) {
            // "- Nepal: 1,560" under the total it breaks down, before or above the list's lead
            previous = ctx.recentPrevious(lead != null ? lead.paragraph() : s.paragraph());
          }
          if (previous == null && read == s && (st.classifier().timeLabelled(t, found)
              || st.classifier().refersBack(t, found))) {
            // "- Past seven days: 7,060" under "- Total losses: 338,270", "The previous record, 41,980,
            // was set in October": the count of the figure before
            previous = ctx.recentPrevious(s.paragraph());
          }
          if (thingsLast && read == s && st.classifier().totalsEarlier(t, found)) {
            previous = null; // "The city has 1,400 schools. Officials put the total at 1,500": the total of those
          }
          if (previous == null && !found.isEmpty() && before != null && before.paragraph() == s.paragraph()
              && before.language().equals(s.language())) {
            previous = st.classifier().referent(t, found, before);
          }
          if (previous == null && read == s && before != null && before.paragraph() == s.paragraph()
              && before.language().equals(s.language())) {
            // "X publishes a running tally of Russian losses. On Thursday it stood at 862,530": the count named before
            previous = st.classifier().tallyReferent(t, found, before);
          }
          boolean numberedBefore = numbered; // the line before is "2." alone: this line is its item
          boolean item = listLine || st.listLabels().item(s.tokens()) || numbered;
          if (previous == null && item && leadWhole != null) {
            previous = leadWhole; // "- 3,140 were foreign citizens" under "Of the 143,220 confirmed dead:"
          }
          if (previous == null && read == s && (before == null || before.paragraph() != s.paragraph())
              && st.classifier().partOfEarlier(t, found)) {
            // "- Around 900 of those were sent" under the line that counted them: the figure of the
            // paragraph just before
            previous = ctx.adjacentPrevious();
          }
          List<Figure> candidates = found.isEmpty() ? List.of() : st.classifier().classify(read, found,
              spans, attribution, previous, ctx.reference(), ctx.topic().hints(ctx.sentenceIndex()),
              ctx.topic().storyCountries());
          if (listLine) {
            candidates = st.classifier().labelled(s.tokens(), t, candidates, read != s);
          }
          if (item && itemsLead != null) {
            // "inflicted the following losses on the formations of the Armed Forces of Ukraine:" over
            // "- 'Sever' group: up to 160 servicemen": whose losses the lead names
            candidates = st.classifier().underLosers(itemsLead.tokens(), candidates);
          }
          if (found.isEmpty() && st.times().asksNow(t)) {
            askedNow = s.paragraph();
          } else if (s.paragraph() == askedNow + 1 && time.reference().isPresent()) {
            // "How many ... is Ukraine holding today?" then "... well over 5,000": the answer's stocks then
            candidates = answeredNow(candidates, time.reference().get());
          }
          if (item && read == s && itemsLead != null) {
            // "- 'Sever' group: up to 160 servicemen, a tank, ..." under "... inflicted the following losses on ...:"
            candidates = st.classifier().underOutcomeLead(t, candidates, itemsLead.tokens());
          }
          if (read != s) {
            // "- Past seven days: 6,300" read under its lead: the time the line's own label states
            Optional<Period> label = ListTimes.ofLead(st.times().find(s.tokens(), time));
            if (label.isPresent()) {
              candidates = ListTimes.underLead(candidates, label.get());
            }
          }
          numbered = st.listLabels().numberOnly(t);
          if (item && leadTime.isPresent()) {
            candidates = ListTimes.underLead(candidates, leadTime.get());
          } else if (item && leadTotal != null) {
            candidates = ListTimes.underTotal(candidates, leadTotal);
          } else if (item && listOpen && firstItemTime.isPresent() && spans.isEmpty()) {
            candidates = ListTimes.likeFirstItem(candidates, firstItemTime.get());
          } else if (item && listOpen && firstItemTime.isEmpty()) {
            firstItemTime = ListTimes.ofFirstItem(candidates);
          } else if (!item && !numbered) {
            leadTime = found.isEmpty() && st.listLabels().lead(t) ? ListTimes.ofLead(spans) : Optional.empty();
            leadTotal = !found.isEmpty() && st.listLabels().lead(t) ? ListTimes.totalOf(candidates) : null;
            leadWhole = !candidates.isEmpty() && st.carryover().partitiveLead(t)
                ? restated(ctx, candidates.get(0)) : null;
            if (leadWhole != null && leadWhole.measure() != candidates.get(0).measure()) {
              // "Among the 5,000 prisoners:" after "holding 5,000 prisoners of war": the same count
              candidates = new ArrayList<>(candidates);
              candidates.set(0, candidates.get(0).withMeasure(leadWhole.measure()));
            }
            listOpen = found.isEmpty() && st.listLabels().lead(t) && leadTime.isEmpty();
            firstItemTime = Optional.empty();
          }
          if (!candidates.isEmpty()) {
            noteTime = null;
          } else if (found.isEmpty() && !spans.isEmpty()) {
            noteTime = ListTimes.ofLead(spans).orElse(null); // "Figures as of 1 April.", before a table
            noteParagraph = s.paragraph();
          }
          QuantityMention category = categoryLead == null || read != s ? null
              : st.listLabels().categoryValue(s.tokens(), found, numberedBefore || ownLine(doc.text(), s));
          category = category != null && itemValue(category) != null ? category : null;
          if (category != null && st.listLabels().dashed(t, category) && !st.classifier().placeLabelled(t, found)) {
            category = null; // "• aircraft – 428" tallies things; "- Republic of Cuba – 9" a country's people
          }
          if (category != null && categoryWhole == null) {
            // the first item under "How the men came to the front:": the total it is a part of
            categoryWhole = wholeOf(category, figures, ctx.pending(), categoryLead.paragraph());
          }
          if (category != null && categoryWhole != null && !covers(candidates, category, t)
              && categoryWhole.low().compareTo(itemValue(category)) >= 0) {
            // "- Inmates taken from penal colonies: about 9,400;": a part of the total, of its kind
            candidates = new ArrayList<>(candidates);
            // with the place its label names ("- Tajikistan: roughly 900"), the total's people otherwise
            candidates.addAll(st.classifier().labelled(t, t, List.of(new Figure(category, categoryWhole.measure(),
                categoryWhole.origins(), false, categoryWhole.period(), categoryWhole.chain(), false, null,
                s.paragraph(), s.start(), s.end(), t.get(category.first()).start, t.get(category.end() - 1).end(),
                categoryWhole.noOriginWanted(), categoryWhole.ownForceNoun())), true));
          }
          if (category != null) {
            itemParagraph = s.paragraph();
          } else if (found.isEmpty() && !t.isEmpty() && t.get(t.size() - 1).is(":") && st.listLabels().lead(t)) {
            categoryLead = s; // "How the men came to the front:", "By background:"
            categoryWhole = null;
          } else if (s.paragraph() != itemParagraph && !item && !st.listLabels().numberOnly(t)) {
            categoryLead = null;
            categoryWhole = null;
          }
          if (summarised != null && !candidates.isEmpty()
              && st.carryover().relaysForSummarised(read, attribution, summarised)) {
            relaying.add(s.start()); // "ISW cited X, which registered ...": the body relays X
          }
          Figure whole = item && leadWhole != null ? leadWhole : category != null ? categoryWhole : null;
          ctx = st.carryover().next(ctx, read, attribution, candidates, whole); // a breakdown's sources are its total's
          if (!candidates.isEmpty() || st.classifier().countsThingsOrMoney(s.tokens(), all)) {
            thingsLast = candidates.isEmpty();
          }
          if (!listLine && !st.listLabels().numberOnly(t)) {
            lead = found.isEmpty() && st.listLabels().lead(t) ? s : null;
          }
          if (!item && !st.listLabels().numberOnly(t)) {
            itemsLead = found.isEmpty() && st.listLabels().lead(t) ? s : null;
          }
        }
        before = s;
      }
      figures.addAll(ctx.settled());
    }
    figures.addAll(ctx.pending());
    figures = ctx.interviewLead() > 0
        ? interviewAnswers.apply(figures, ctx.defaultChain(), ctx.interviewLead(), ctx.interviewAsked(),
            segments.sentences())
        : withDefaultChain(figures, ctx.defaultChain(), ownSection, relaying);
    figures = fullNames.apply(figures, persons);
    figures = asTheirBodies(figures, heads);
    figures = breakdowns.apply(figures);
    figures = runningTotals.apply(figures);
    figures = captiveLists.apply(figures, segments.sentences());
    figures = leadEvents.apply(figures);
    figures = origins.apply(figures, ctx.topic());
    return claims.apply(figures, doc.text(), doc.bodyStart());
  }

  /**
   * The figures with each person whom the document introduced as a body's head or voice ("X, deputy
   * head of the Y,") replaced among their sources by that body, as a spokesperson or head of an
   * agency is listed as the agency.
   */
  private static List<Figure> asTheirBodies(List<Figure> figures, Map<Source, Source> heads) {
    if (heads.isEmpty()) {
      return figures;
    }
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      out.add(f.withSourcesRenamed(s -> heads.getOrDefault(s, s)));
    }
    return out;
  }

  /**
   * The figure a partitive lead restates: the latest earlier figure of its measure and value ("the
   * deaths of 143,220 ..., Mediazona said" before "Of the 143,220 confirmed dead:"), with its time and
   * sources, or the lead's own when none.
   */
  private static Figure restated(DocumentContext ctx, Figure lead) {
    Figure earlier = ctx.latest().get(lead.measure());
    if (earlier != null && sameValue(earlier, lead)) {
      return earlier;
    }
    Figure found = lead;
    for (Figure f : ctx.latest().values()) {
      // a lead whose own words read no measure ("Among the 5,000 prisoners:"): the latest of its value
      if (sameValue(f, lead) && f.measure() != Measure.PAYMENT
          && (found == lead || f.sentenceStart() > found.sentenceStart())) {
        found = f;
      }
    }
    return found;
  }

  /** Whether a figure of {@code earlier} has the value, currency and rate of {@code f}. */
  private static boolean restatesEarlier(Figure f, List<Figure> earlier) {
    for (Figure e : earlier) {
      if (java.util.Objects.equals(e.low(), f.low()) && java.util.Objects.equals(e.quantity().high(), f.quantity().high())
          && e.quantity().unit() == f.quantity().unit() && e.quantity().per() == f.quantity().per()) {
        return true;
      }
    }
    return false;
  }

  /** How many paragraphs above a category list's lead its total may stand. */
  private static final int CATEGORY_REACH = 4;

  /**
   * The total a category list breaks down: the latest figure of people of {@code settled} and
   * {@code pending} no smaller than the list's first item {@code first}, from {@value
   * #CATEGORY_REACH} paragraphs above the lead's {@code paragraph} on, that counts people of a
   * kind (not missing or returned ones, {@code OTHER}); null when none.
   */
  private static Figure wholeOf(QuantityMention first, List<Figure> settled, List<Figure> pending, int paragraph) {
    Figure out = null;
    for (List<Figure> l : List.of(settled, pending)) {
      for (Figure f : l) {
        if (f.paragraph() >= paragraph - CATEGORY_REACH && f.paragraph() <= paragraph && f.quantity().unit() == null
            && f.measure() != Measure.PAYMENT && f.low() != null && f.quantity().per() == null
            && f.measure() != Measure.OTHER && f.low().compareTo(itemValue(first)) >= 0
            && (out == null || f.sentenceStart() >= out.sentenceStart())) {
          out = f;
        }
      }
    }
    return out;
  }

  /**
   * Whether the sentence {@code s} is a line of its own, perhaps after an item's number the
   * reader set apart ("2. Evading registration: about 450.").
   */
  private static boolean ownLine(String text, Sentence s) {
    int a = s.start() - 1;
    while (a >= 0 && text.charAt(a) != '\n' && (Character.isWhitespace(text.charAt(a)) || Character.isDigit(text.charAt(a))
        || text.charAt(a) == '.' || text.charAt(a) == ')')) {
      a--;
    }
    int b = s.end();
    while (b < text.length() && text.charAt(b) != '\n' && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    return (a < 0 || text.charAt(a) == '\n') && (b >= text.length() || text.charAt(b) == '\n');
  }

  /** The number a list item states: its lower bound, or its upper one when it has none ("under 200"). */
  private static java.math.BigDecimal itemValue(QuantityMention q) {
    return q.low() != null ? q.low() : q.high();
  }

  /** Whether a figure of {@code figures} stands on the quantity {@code q} of the tokens {@code t}. */
  private static boolean covers(List<Figure> figures, QuantityMention q, List<Token> t) {
    for (Figure f : figures) {
      if (f.mentionStart() == t.get(q.first()).start) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameValue(Figure a, Figure b) {
    return java.util.Objects.equals(a.low(), b.low()) && java.util.Objects.equals(a.quantity().high(), b.quantity().high())
        && a.quantity().unit() == null && b.quantity().unit() == null;
  }

  /** The quantity a list line read under its lead puts first, alone; none when the reading has none there. */
  private static List<QuantityMention> leadValue(Stages st, Sentence joined) {
    List<QuantityMention> found = st.classifier().countsOfPeopleOrMoney(joined.tokens(),
        st.quantities().find(joined.tokens()));
    return found.isEmpty() || found.get(0).first() != 0 ? List.of() : found.subList(0, 1);
  }

  /** Whether {@code s} starts after other text on its line: a sentence set inline after another. */
  private static boolean afterOnLine(String text, Sentence s) {
    for (int k = s.start() - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if (!Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNumber(List<Token> t) {
    for (int k = 0; k < t.size(); k++) { // indexed: no iterator per sentence
      if (t.get(k).isNumber()) {
        return true;
      }
    }
    return false;
  }

  /** The key with the highest count, or null when none or two share it. */
  private static String mostNamed(Map<String, Integer> counts) {
    String out = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        out = e.getKey();
        most = e.getValue();
      } else if (e.getValue() == most) {
        out = null;
      }
    }
    return out;
  }

  /** Returns the stage that cuts documents into sentences. */
  Paragraphs segmenter() {
    return paragraphs;
  }

  /** The stages of a language read, the primary language's for any other. */
  private Stages stagesOf(String language) {
    Stages st = stages.get(language);
    return st != null ? st : primary;
  }

  /**
   * The figures without sources of their own before paragraph {@code until} get the document's
   * "Source:" line's; on a summary page, the figures of the sentences in {@code relaying} (which
   * speak as the summarised body while they name another party) get the body before their own.
   */
  private static List<Figure> withDefaultChain(List<Figure> figures, List<Source> chain, int until,
      Set<Integer> relaying) {
    if (chain.isEmpty()) {
      return figures;
    }
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      if (f.chain().isEmpty() && f.paragraph() < until) {
        out.add(f.withChain(chain, f.chainOwn()));
      } else if (f.paragraph() < until && relaying.contains(f.sentenceStart()) && chain.size() == 1
          && !f.chain().contains(chain.get(0))) {
        // "It also noted a Russian Defence Ministry claim that 41 ...": the summarised body relays it
        List<Source> relayed = new ArrayList<>(f.chain().size() + 1);
        relayed.add(chain.get(0));
        relayed.addAll(f.chain());
        out.add(f.withChain(relayed, f.chainOwn()));
      } else {
        out.add(f);
      }
    }
    return out;
  }
}
