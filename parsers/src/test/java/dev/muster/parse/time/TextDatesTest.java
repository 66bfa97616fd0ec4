package dev.muster.parse.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.DateSource;
import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import dev.muster.parse.TestLexicon;
import dev.muster.parse.read.LineIndex;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The date a page gives itself in its text: each case a small page (lines joined by newlines) and
 * the exact date found, or none; and the report's {@code published} and {@code dateSource} for a
 * page dated so.
 */
class TextDatesTest {

  private static final TextDates DATES = new TextDates(TestLexicon.ENGLISH);
  private static final ArticleParser PARSER = ArticleParser.defaults();
  private static final String BODY = "The ministry says 400 men have been called up so far, officials said on Monday.";

  /** The date found in the page made of {@code lines}, or null. */
  static LocalDate found(String... lines) {
    String text = String.join("\n", lines);
    return DATES.find(text, LineIndex.of(text, 0)).map(TextDates.Found::date).orElse(null);
  }

  @Test
  void aDateLineWithAPlaceDeepInTheHeaderBlockDatesThePage() {
    assertEquals(LocalDate.of(2025, 10, 14), found("MINISTRY OF LABOUR", "Department of Migration",
        "Press release", "Yerevan, 14 October 2025", "On the return of workers", BODY));
  }

  @Test
  void aDateLineUnderAStandfirstAndAByline() {
    assertEquals(LocalDate.of(2025, 9, 7), found("Conscription offices widen their net",
        "Regional officials have been told to check the papers of every man of draft age",
        "By Maria Lind, Defence Reporter", "7 September 2025", BODY));
  }

  @Test
  void aPlaceAndABarBeforeTheDate() {
    assertEquals(LocalDate.of(2026, 3, 2), found("BALTIC SECURITY MONITOR", "Weekly bulletin", "Analysis desk",
        "Vilnius | 2 March 2026", BODY));
  }

  @Test
  void aPlaceAndAWeekdayOnTheSixthLine() {
    assertEquals(LocalDate.of(2025, 11, 10), found("The Caucasus Courier", "Politics", "Security", "Report",
        "By our correspondent", "Tbilisi, Monday, 10 November 2025", BODY));
  }

  @Test
  void aDateLineAfterProseIsNoPageDate() {
    assertEquals(null, found("How the draft grew", "A timeline",
        "The call-up has been widened step by step since the full-scale invasion began.", "24 February 2022",
        BODY));
    assertEquals(null, found("Recruiting offices report a busy month",
        "Volunteers queued outside the offices in three cities, and officials opened two more of them.",
        "Main events", "12 May 2025", BODY));
  }

  @Test
  void aDateLineBelowAListOfKeyPointsIsNoPageDate() {
    assertEquals(null, found("Recruitment: a timeline", "Key points", "- Moscow doubles its payment",
        "- Kyiv reports new losses", "24 February 2022", BODY));
  }

  @Test
  void aDateLineBeyondTheEighthLineIsNoPageDate() {
    assertEquals(null, found("Steppe Review", "Society", "Security", "Migration", "Courts", "Regions",
        "Opinion", "Archive", "Astana, 21 November 2025", BODY));
  }

  @Test
  void aBroadcastCueDatesATranscript() {
    assertEquals(LocalDate.of(2025, 11, 11), found("RIVERSIDE HOUR | Radio news transcript",
        "Aired Tuesday, 11 November 2025, 8.30 pm. Transcript edited for length.", BODY));
    assertEquals(LocalDate.of(2025, 5, 4), found("Draft offices expand", BODY, "Broadcast on 4 May 2025"));
    assertEquals(LocalDate.of(2025, 6, 9), found("Frontline voices, episode 12", "First aired: 9 June 2025", BODY));
    assertEquals(LocalDate.of(2026, 2, 2), found("The evening bulletin", BODY,
        "Originally broadcast February 2, 2026 on Radio North"));
  }

  @Test
  void aBroadcastInASentenceIsNoPageDate() {
    assertEquals(null, found("Draft offices expand", "State television broadcast on 12 March 2025 a speech.", BODY));
    assertEquals(null, found("Draft offices expand", BODY, "Aired footage from 3 May 2025 shows the queue."));
  }

  @Test
  void aNoteAboutThePagesIssueDatesIt() {
    assertEquals(LocalDate.of(2026, 2, 4), found("THE BORDER BRIEF", BODY, "Thanks for reading the Border Brief. "
        + "This issue was emailed to subscribers on Wednesday, 4 February 2026. Reply to tell us what we missed."));
    assertEquals(LocalDate.of(2026, 3, 3), found("Morning security notes", BODY, "This edition went out on 3 March 2026"));
    assertEquals(LocalDate.of(2025, 11, 18), found("Draft Talk, episode 31", BODY,
        "This episode was recorded on 18 November 2025."));
    assertEquals(LocalDate.of(2025, 7, 7), found("Regional bulletin", BODY,
        "Sources: police statements. This bulletin was published on July 7, 2025."));
    assertEquals(LocalDate.of(2026, 1, 21), found("This newsletter was sent on Monday, 21 January 2026.", BODY));
  }

  @Test
  void aNoteAboutAnotherDocumentIsNoPageDate() {
    assertEquals(null, found("Regional bulletin", BODY, "Read the statement. The report was published on 3 May 2025."));
    assertEquals(null, found("Regional bulletin", BODY, "The decree was signed on 12 May 2025."));
    assertEquals(null, found("Regional bulletin", BODY, "Thanks. This issue was raised with the ministry on 2 June 2025."));
    assertEquals(null, found("Regional bulletin", BODY, "Thanks. Last month the ministry's bulletin was sent on 3 May 2025."));
    assertEquals(null, found("Regional bulletin", BODY, "This issue was sent on 3 May 2025 to the ministry, which replied."));
  }

  @Test
  void theReportersVisitInTheIntroductionDatesAFeature() {
    assertEquals(LocalDate.of(2026, 1, 12), found("Waiting for the men who went north", "By Dilnoza Rakhimova",
        "OSH, Kyrgyzstan - When we met Aibek Toktogulov on 12 January 2026, his brother was at the front."));
    assertEquals(LocalDate.of(2025, 3, 3), found("The empty village",
        "When I visited the village of Sary-Bulak on 3 March 2025, most of its young men were gone."));
    assertEquals(LocalDate.of(2025, 11, 14), found("A mother's search",
        "We last spoke to Nargiza on Friday, 14 November 2025, by phone from Bukhara."));
  }

  @Test
  void anotherMeetingOrAQuotedOneIsNoPageDate() {
    assertEquals(null, found("Talks on returning recruits", "The two ministers met on 12 January 2026 in Tashkent."));
    assertEquals(null, found("The widow", "\"We met on 5 June 2019, at a wedding,\" she says."));
    assertEquals(null, found("The empty village", "Most of the young men are gone.", "The school has closed.",
        "The shop opens twice a week.", "Its owner sells bread and tea.",
        "When I visited the village on 3 March 2025, it was snowing."));
  }

  @Test
  void theReportOfAPageDatedInItsHeaderBlockSaysSo() {
    String text = String.join("\n", "MINISTRY OF LABOUR", "Department of Migration", "Press release",
        "Yerevan, 14 October 2025", "", BODY);
    Report r = PARSER.parse("header", text);
    assertEquals(Optional.of(LocalDate.of(2025, 10, 14)), r.published());
    assertEquals(DateSource.TEXT, r.dateSource());
  }

  @Test
  void theReportOfANewsletterDatedAtItsFootSaysSo() {
    Report r = PARSER.parse("issue", String.join("\n", "THE BORDER BRIEF", "", BODY, "",
        "Thanks for reading. This issue was sent on Friday, 12 December 2025. Unsubscribe at any time."));
    assertEquals(Optional.of(LocalDate.of(2025, 12, 12)), r.published());
    assertEquals(DateSource.TEXT, r.dateSource());
  }

  @Test
  void theReportOfAnAiredTranscriptSaysSo() {
    Report r = PARSER.parse("aired", String.join("\n", "RIVERSIDE HOUR", "Aired Tuesday, 11 November 2025, 8.30 pm.", "", BODY));
    assertEquals(Optional.of(LocalDate.of(2025, 11, 11)), r.published());
    assertEquals(DateSource.TEXT, r.dateSource());
  }
}
