package dev.muster.parse.document;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Source;
import dev.muster.SourceKind;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stage document, whole-document rule: origins that depend on the whole document. Money paid to
 * people in a story about one foreign country's recruits is that country's, but not in a story
 * about Russia's pay that names the country aside; the "own forces" default is
 * Russia's unless the story is about another people, whose figures without an origin of their
 * own are theirs.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentOrigins {

  private static final Origin RUSSIA = Origin.of("RU");
  private static final Set<Origin> ONLY_RUSSIA = Set.of(RUSSIA);
  private static final Origin UKRAINE = Origin.of("UA");
  private static final Set<Origin> ONLY_UKRAINE = Set.of(UKRAINE);

  /** How often a story that never mentions Russia must name Ukraine's own for its people to be Ukraine's. */
  static final int UKRAINE_ONLY_MENTIONS = 2;

  /** How many times more often than Russia a story must name Ukraine's own for its people to be Ukraine's. */
  static final int UKRAINE_DOMINANCE = 3;

  /** How often a story must name Russia's regions or cities to be set there. */
  static final int REGION_MIN = 2;

  /**
   * "ukraine", "rada": words of a canonical source name that make the body Ukraine's own (the
   * lexicon's {@code document.ukraine-words}); none when built without a lexicon.
   */
  private final Words ukraineWords;

  /** The rules with no words of Ukraine's own bodies: no figure takes Ukraine's people from its source. */
  public DocumentOrigins() {
    this.ukraineWords = Words.EMPTY;
  }

  /** The rules reading the canonical source names with the words of {@code lex}, not null. */
  public DocumentOrigins(Lexicon lex) {
    this.ukraineWords = lex.optionalWords("document.ukraine-words");
  }

  /** Returns the figures with the document's default origins. */
  public List<Figure> apply(List<Figure> figures, DocumentTopic topic) {
    Origin top = null;
    int topCount = 0;
    int foreignTotal = 0;
    for (Map.Entry<Origin, Integer> e : topic.placeCounts().entrySet()) {
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
    Origin about = topic.topic().orElse(null);
    // a foreign country whose people the story follows, not one aside in a story about Russia's pay
    boolean payCountry = dominant && (top.equals(about) || topCount > topic.russiaMentions());
    // a story that never mentions Russia but names Ukraine's own army or draft offices ("ТЦК",
    // "ЗСУ") counts Ukraine's people where it names no country
    // (also one that follows Ukrainian soldiers as its people)
    boolean ukraineOnly = (about == null || about.equals(UKRAINE)) && topic.russiaMentions() == 0
        && topic.ukraineMentions() >= UKRAINE_ONLY_MENTIONS;
    // one that names Russia only in passing ("le perdite russe" in a story about Ukraine's draft
    // dodgers) does too, but for losses, which are mostly Russia's even there
    // (a story whose people are Ukrainians, "Ukrainian soldiers", likewise)
    boolean ukraineMostly = (about == null || about.equals(UKRAINE)) && topic.russiaMentions() > 0
        && topic.russiaMentions() * UKRAINE_DOMINANCE <= topic.ukraineMentions();
    // a story set in Russia's regions, not one about another country's recruits that names the
    // cities they were sent to: the men it counts as missing are Russia's own too
    boolean inRussianRegion = topic.regionMentions() >= REGION_MIN && topCount < 3;
    // a story no demonym makes about one people ("Indian nationals" once, then "the families", "the
    // men from the area"), whose own figures count that foreign country's people and no other's
    Origin people = about != null || ukraineOnly || ukraineMostly || !dominant
        || countedPeople(figures, top) < PEOPLE_FIGURES_MIN ? about : top;
    List<Figure> out = new ArrayList<>(figures.size());
    Figure lastPeople = null; // the latest figure of one foreign country's people, before the doc's defaults
    for (Figure f : figures) {
      Figure c = f;
      if (isOneForeignCountry(f) && f.measure() != Measure.PAYMENT) {
        lastPeople = f;
      }
      if (ukraineOnly || ukraineMostly) {
        c = inUkraineStory(c, ukraineOnly, topic);
      }
      if (about == null && topic.inRussiaMentions() >= 3 && (takesOwnDefault(c) || inRussianRegion && missing(c))) {
        c = c.withOrigins(ONLY_RUSSIA, c.originExplicit());
      }
      if (c.measure() == Measure.PAYMENT && c.origins().isEmpty() && payCountry && !c.noOriginWanted()) {
        // lastPeople is still the one before f: a payment is never one
        Origin nearby = inOtherNamedCurrency(f, lastPeople, topic) ? null : nearbyPeople(lastPeople, f);
        c = c.withOrigins(Set.of(nearby != null ? nearby : top), c.originExplicit());
      }
      if (c.measure() != Measure.PAYMENT && !c.originExplicit() && !c.noOriginWanted() && people != null
          && !(people.equals(UKRAINE) && topic.mentionsRussia(c.sentenceStart(), c.sentenceEnd()))
          && (c.origins().isEmpty() || c.origins().equals(ONLY_RUSSIA) && !people.code().equals("RU")
              && c.measure() != Measure.CONSCRIPTED && c.measure() != Measure.FORCE_TARGET
              && c.measure() != Measure.FLED)) {
        c = c.withOrigins(Set.of(people), c.originExplicit());
      }
      if (byUkraineHomeBody(c) && !topic.mentionsRussia(c.sentenceStart(), c.sentenceEnd())) {
        // "The State Border Guard Service says its officers stopped 37 men", "Since January,
        // prosecutors have registered 162,400 cases": Ukraine's own civil bodies count its people
        c = c.withOrigins(ONLY_UKRAINE, false);
      }
      Origin heading = topic.heading(c.paragraph()).orElse(null);
      if (heading != null && takesHeading(c)) {
        // "And Ukraine?", then "- The country now mobilises about 30,000 men a month": the heading's people
        c = c.withOrigins(Set.of(heading), false);
      }
      Origin scene = topic.paragraphCountry(c.paragraph(), c.sentenceStart()).orElse(null);
      if (scene != null && c.origins().isEmpty() && c.measure() != Measure.PAYMENT && !c.noOriginWanted()
          && !c.originExplicit()) {
        // "Kenyan police say ... Officers stopped 22 men at a hotel": the one country the paragraph names
        c = c.withOrigins(Set.of(scene), false);
      }
      Origin label = topic.label(c.paragraph()).orElse(null);
      if (label != null && c.measure() != Measure.PAYMENT && !c.originExplicit() && !c.noOriginWanted()) {
        // "- North Korea: ... followed by around 3,000 reinforcements": the label's people, whatever
        // the story's default
        c = c.withOrigins(Set.of(label), false);
      }
      out.add(c);
    }
    return out;
  }

  /**
   * Whether a figure that names no people of its own ({@code []} or the "own forces" default) is
   * attributed to one of Ukraine's own civil bodies: a government body whose canonical name holds a
   * word of Ukraine's ("State Border Guard Service of Ukraine", "Verkhovna Rada"), which counts the
   * country's own people (men stopped at the border, cases against deserters), unlike its military
   * and intelligence bodies, which count the enemy's losses. Money and prisoners are read by their
   * own rules.
   */
  private boolean byUkraineHomeBody(Figure c) {
    if (c.originExplicit() || c.measure() == Measure.PAYMENT || c.measure() == Measure.CAPTURED
        || !(c.origins().isEmpty() || c.origins().equals(ONLY_RUSSIA))
        || c.noOriginWanted() && !(c.measure() == Measure.DETAINED && c.ownForceNoun())) {
      return false;
    }
    for (Source s : c.chain()) {
      if (s.kind() == SourceKind.GOVERNMENT && namesUkraine(s.name())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a canonical source name holds a word of Ukraine's own ("Ukraine", "Rada"). */
  private boolean namesUkraine(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (ukraineWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The figure's origin in a story about Ukraine's own people: Ukraine's where it names none of its
   * own (but for losses, which are mostly Russia's, in a story that names Russia at all), and
   * Russia's in a sentence that names Russia or the enemy.
   */
  private static Figure inUkraineStory(Figure c, boolean ukraineOnly, DocumentTopic topic) {
    if (topic.mentionsRussia(c.sentenceStart(), c.sentenceEnd())) {
      return takesOwnDefault(c) ? c.withOrigins(ONLY_RUSSIA, false) : c;
    }
    // men stopped at the border or at a draft office are Ukraine's own there, unlike migrants in raids
    boolean ownDetained = c.measure() == Measure.DETAINED && c.ownForceNoun();
    if (ukraineOnly && !c.originExplicit() && c.origins().isEmpty() && c.measure() != Measure.CAPTURED) {
      // a story that never names Russia: its money and its people with no country named are Ukraine's
      // (pay, bribes, draft officers under investigation, men stopped at the border)
      return c.withOrigins(ONLY_UKRAINE, false);
    }
    if ((ukraineOnly || c.measure() != Measure.CASUALTIES) && !c.originExplicit()
        && (!c.noOriginWanted() || ownDetained) && c.measure() != Measure.PAYMENT
        && (c.origins().equals(ONLY_RUSSIA) || c.origins().isEmpty() && c.ownForceNoun()
            && c.measure() != Measure.CAPTURED)) {
      return c.withOrigins(ONLY_UKRAINE, false);
    }
    return c;
  }

  /**
   * The country of the people of {@code last}, the latest figure of one foreign country's people,
   * when it stands in the paragraph of {@code f} or the one before: in a story that turns from one
   * country's recruits to another's ("... 1,200 Syrians had left" then "The brokers promise $3,000
   * a month"), money paid to nobody named is the nearby people's, not the story's main country's.
   */
  private static Origin nearbyPeople(Figure last, Figure f) {
    if (last == null || f.paragraph() - last.paragraph() > 1 || last.mentionStart() > f.mentionStart()) {
      return null;
    }
    return last.origins().first();
  }

  /**
   * Whether the amount is in the currency of a country the story names other than that of the
   * people of {@code last} ("3 million Indian rupees" after a paragraph on Sri Lankans): the money
   * says whose it is. Dollars and roubles say nothing of the payee.
   */
  private static boolean inOtherNamedCurrency(Figure f, Figure last, DocumentTopic topic) {
    if (last == null || !f.quantity().isMoney()) {
      return false;
    }
    String country = f.quantity().unit().getCurrencyCode().substring(0, 2);
    if (country.equals("US") || country.equals("RU") || country.equals(last.origins().first().code())) {
      return false;
    }
    for (Origin o : topic.placeCounts().keySet()) {
      if (o.isCountry() && o.code().equals(country)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the figure counts the people of one country other than Russia and Ukraine. */
  private static boolean isOneForeignCountry(Figure f) {
    if (f.origins().size() != 1) {
      return false;
    }
    Origin o = f.origins().first();
    return o.isCountry() && !o.equals(RUSSIA) && !o.equals(UKRAINE);
  }

  /** How many figures of a story must count one foreign country's people for its others to be theirs. */
  static final int PEOPLE_FIGURES_MIN = 2;

  /**
   * How many figures, not of money, say they count the people of {@code country}; none when one says
   * it counts another foreign country's.
   */
  private static int countedPeople(List<Figure> figures, Origin country) {
    int n = 0;
    for (Figure f : figures) {
      if (f.measure() == Measure.PAYMENT || !f.originExplicit() || !isOneForeignCountry(f)) {
        continue;
      }
      if (!f.origins().first().equals(country)) {
        return 0;
      }
      n++;
    }
    return n;
  }

  /**
   * Whether a figure under a question heading takes the heading's people: one whose own text names
   * none (money paid to nobody named; people with at most the "own forces" default, or men stopped
   * at the border).
   */
  private static boolean takesHeading(Figure c) {
    if (c.originExplicit()) {
      return false;
    }
    if (c.measure() == Measure.PAYMENT) {
      return c.origins().isEmpty();
    }
    return !c.noOriginWanted() || c.measure() == Measure.DETAINED && c.ownForceNoun();
  }

  /** Whether a figure that fits no measure counts soldiers or men with no origin: "dozens of men are missing". */
  private static boolean missing(Figure c) {
    return c.origins().isEmpty() && !c.noOriginWanted() && c.ownForceNoun() && c.measure() == Measure.OTHER;
  }

  /** Whether a figure of soldiers or losses with no origin takes its story's own country's. */
  private static boolean takesOwnDefault(Figure c) {
    return c.origins().isEmpty() && !c.noOriginWanted() && c.ownForceNoun() && c.measure() != Measure.PAYMENT
        && c.measure() != Measure.OTHER && c.measure() != Measure.CAPTURED;
  }
}
