package dev.muster.parse.document;

import dev.muster.Measure;
import dev.muster.Period;
import dev.muster.parse.classify.Figure;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stage document, whole-document rule: the time a news story's lead gives its event ("detained
 * 420 migrants over the weekend", "from 3 to 9 March", "today") is the time of the later figures
 * of that event that state none ("Among the detainees were 37 ...", "A further 15 ...", "Judges
 * ordered the expulsion of 140"). The lead is the first figure with a time, in one of the first
 * {@value #LEAD_PARAGRAPHS} paragraphs with figures, and its time a closed span of at most {@value
 * #LONGEST_EVENT_DAYS} days; a lead with an open time ("as of 30 June") or a long one ("in 2024")
 * has no event. The carry stops at a later figure with a time of its own that is another one (the
 * story has moved on) and goes on again at one with the event's time; money and targets, which
 * hold at no time, take none.
 *
 * <p>Stateless and thread-safe.
 */
public final class LeadEvents {

  /** How many of the first paragraphs with figures (a headline's and the lead's) may hold the lead. */
  static final int LEAD_PARAGRAPHS = 2;
  /** The longest event a lead's time may span, in days (a week of raids, a weekend, a day). */
  static final int LONGEST_EVENT_DAYS = 14;

  /** Returns the figures, those of the lead's event with no time of their own given the lead's. */
  public List<Figure> apply(List<Figure> figures) {
    List<Integer> order = new ArrayList<>(figures.size());
    for (int i = 0; i < figures.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> figures.get(i).mentionStart()));
    Period event = null;
    int leadEnd = -1;
    int paragraphs = 0;
    int lastParagraph = -1;
    for (int i : order) {
      Figure f = figures.get(i);
      if (f.paragraph() != lastParagraph) {
        paragraphs++;
        lastParagraph = f.paragraph();
      }
      if (f.period() != null) {
        if (paragraphs <= LEAD_PARAGRAPHS && event(f.period())) {
          event = f.period();
          leadEnd = f.mentionEnd();
        }
        break;
      }
    }
    if (event == null) {
      return figures;
    }
    List<Figure> out = new ArrayList<>(figures);
    boolean carrying = true;
    for (int i : order) {
      Figure f = figures.get(i);
      if (f.mentionStart() < leadEnd) {
        continue;
      }
      if (f.period() != null) {
        carrying = f.period().equals(event);
      } else if (carrying && f.measure() != Measure.PAYMENT && f.measure() != Measure.FORCE_TARGET) {
        out.set(i, f.withPeriod(event));
      }
    }
    return out;
  }

  /** Whether a period is an event's: from a day to a day at most {@value #LONGEST_EVENT_DAYS} days on. */
  private static boolean event(Period p) {
    return p.start().isPresent() && p.end().isPresent()
        && ChronoUnit.DAYS.between(p.start().get(), p.end().get()) < LONGEST_EVENT_DAYS;
  }
}
