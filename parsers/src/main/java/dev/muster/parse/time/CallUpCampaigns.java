package dev.muster.parse.time;

import dev.muster.Period;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * Russia's call-up campaigns named by their season ("осенний призыв", "весняний призов 2024 року",
 * "la leva autunnale"): by law the autumn one runs from 1 October to 31 December and the spring
 * one from 1 April to 15 July, of the year written right after the name, else of the reference's.
 *
 * <p>Immutable and thread-safe.
 */
final class CallUpCampaigns {

  private static final MonthDay AUTUMN_START = MonthDay.of(10, 1);
  private static final MonthDay AUTUMN_END = MonthDay.of(12, 31);
  private static final MonthDay SPRING_START = MonthDay.of(4, 1);
  private static final MonthDay SPRING_END = MonthDay.of(7, 15);
  /** How many tokens after the first word of the name its second may stand ("осенней призывной"). */
  private static final int REACH = 2;

  /** "призыв", "leva": the nouns of a call-up. */
  private final Words callUp;
  /** "осенний", "autunnale", "Herbsteinberufung": the words of the autumn campaign. */
  private final Words autumn;
  private final Words spring;
  private final Words yearAfter;
  /** "la leva primaverile del 2024": a word between the name and its year. */
  private final Words of;

  CallUpCampaigns(Lexicon lex) {
    this.callUp = lex.optionalWords("time.call-up");
    this.autumn = lex.optionalWords("time.call-up-autumn");
    this.spring = lex.optionalWords("time.call-up-spring");
    this.yearAfter = lex.optionalWords("time.year-after");
    this.of = lex.optionalWords("time.of");
  }

  /** The campaign whose name starts at token {@code i}, or null. */
  DatedSpan at(List<Token> t, int i, Optional<LocalDate> ref) {
    Token x = t.get(i);
    boolean noun = callUp.has(x);
    if (!noun && !autumn.has(x) && !spring.has(x)) {
      return null;
    }
    int end = -1;
    Boolean isAutumn = null;
    for (int k = i; k < Math.min(t.size(), i + REACH + 1) && end < 0; k++) {
      Token y = t.get(k);
      boolean season = autumn.has(y) || spring.has(y);
      if (season && (noun || callUp.has(y)) || !noun && callUp.has(y)) { // not a noun: x is a season word
        end = k + 1;
        isAutumn = autumn.has(season ? y : x);
      }
    }
    if (end < 0) {
      return null;
    }
    if (end + 1 < t.size() && of.has(t.get(end)) && WrittenDates.year(t, end + 1) != null) {
      end++;
    }
    Integer year = WrittenDates.year(t, end);
    if (year != null) {
      end = end + 1 < t.size() && yearAfter.has(t.get(end + 1)) ? end + 2 : end + 1;
    } else if (ref.isPresent()) {
      year = ref.get().getYear();
    } else {
      return null;
    }
    MonthDay from = isAutumn ? AUTUMN_START : SPRING_START;
    MonthDay to = isAutumn ? AUTUMN_END : SPRING_END;
    Period p = Period.builder().start(from.atYear(year)).end(to.atYear(year)).build();
    return new DatedSpan(i, end, p, TimeKind.SPAN, false);
  }
}
