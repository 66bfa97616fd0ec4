package dev.muster.parse.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FurnitureTest {

  /** Long enough that what follows it is outside the tail (the last 40%). */
  private static final String BODY =
      String.join(
          "\n",
          "The ministry said on Monday that about 1,500 men had been sent to the front since the"
              + " spring, a figure that could not be independently verified.",
          "",
          "Officials in the capital said the recruitment drive had widened to several regions,"
              + " with offices opening in towns that had not seen one before.",
          "",
          "Families of the men have asked the government to bring them home, and lawmakers have"
              + " called for an inquiry into the agencies that arranged the travel.",
          "");

  private static List<String> excludedTexts(SourceDocument doc) {
    return doc.excluded().stream()
        .map(r -> r.kind() + ": " + doc.text().substring(r.start(), r.end()))
        .collect(Collectors.toList());
  }

  private static TextRange range(String text, String first, String last, RangeKind kind) {
    int start = text.indexOf(first);
    int end = text.indexOf(last, start) + last.length();
    return TextRange.of(start, end, kind);
  }

  private static final String RECENT_POSTS =
      String.join(
          "\n",
          " date 2025-03-10 Nepal asks Russia to return its recruits",
          "",
          "Kathmandu has asked Moscow to send home about 200 Nepali men, officials said.",
          "Photo: Officials say about 98,000 Russians have crossed into Kazakhstan",
          "Photo: Reuters/Maxim Shemetov",
          "The foreign ministry said 12 of the men had died.",
          "",
          "Recent Posts",
          "",
          "Russia pays recruits $2,000 a month",
          "4 days ago",
          "Kenya warns job seekers",
          "1 week ago",
          "");

  @Test
  void recentPostsInTheTailRunToTheEndAndCreditIsExcludedButCaptionIsNot() {
    SourceDocument doc = DocumentReader.of("recent.txt", RECENT_POSTS);
    String t = doc.text();
    assertEquals(
        List.of(
            TextRange.of(
                t.indexOf("Photo: Reuters"),
                t.indexOf("Photo: Reuters") + 29,
                RangeKind.IMAGE_CREDIT),
            range(t, "Recent Posts", "1 week ago", RangeKind.RELATED_BLOCK)),
        doc.excluded());
    assertEquals(
        List.of(
            TextRange.of(209, 238, RangeKind.IMAGE_CREDIT),
            TextRange.of(290, 385, RangeKind.RELATED_BLOCK)),
        doc.excluded());
    assertEquals(386, t.length());
    int caption = t.indexOf("98,000");
    assertFalse(doc.isExcluded(caption));
    assertTrue(doc.isExcluded(t.indexOf("$2,000")));
    assertTrue(doc.isExcluded(t.length() - 2));
    assertFalse(doc.isExcluded(t.length() - 1), "the final line break is not part of the block");
    assertEquals(Optional.of("Nepal asks Russia to return its recruits"), doc.title());
    assertEquals(Optional.of(TextRange.of(17, 57, RangeKind.TITLE)), doc.titleRange());
    assertTrue(doc.overlapsExcluded(280, 291));
    assertFalse(doc.overlapsExcluded(280, 290));
    assertFalse(doc.overlapsExcluded(385, 386));
  }

  @Test
  void crlfAndLoneCrGiveTheSameFurnitureAtShiftedOffsets() {
    SourceDocument lf = DocumentReader.of("lf.txt", RECENT_POSTS);
    for (String eol : List.of("\r\n", "\r")) {
      String text = RECENT_POSTS.replace("\n", eol);
      SourceDocument doc = DocumentReader.of("eol.txt", text);
      assertEquals(text, doc.text(), "the text is never changed");
      assertEquals(
          excludedTexts(lf).stream().map(s -> s.replace("\n", eol)).collect(Collectors.toList()),
          excludedTexts(doc));
      assertEquals(lf.title(), doc.title());
      assertEquals(
          range(text, "Recent Posts", "1 week ago", RangeKind.RELATED_BLOCK),
          doc.excluded().get(1));
    }
  }

  @Test
  void relatedBlockOutsideTheTailStopsAtTheNextArticleParagraph() {
    String text =
        "Recruits from Cuba\n\n"
            + "Havana said 200 men had signed contracts.\n"
            + "Related\n"
            + "Russia recruits in Cuba\n"
            + "2 hours ago\n"
            + "Cuban families wait for news\n"
            + "\n"
            + BODY;
    SourceDocument doc = DocumentReader.of("related.txt", text);
    assertEquals(
        List.of(
            "RELATED_BLOCK: Related\nRussia recruits in Cuba\n2 hours ago\n"
                + "Cuban families wait for news"),
        excludedTexts(doc));
    assertEquals(List.of(TextRange.of(62, 134, RangeKind.RELATED_BLOCK)), doc.excluded());
    assertFalse(doc.isExcluded(text.indexOf("1,500")));
    assertFalse(doc.isExcluded(text.indexOf("200 men")));
  }

  @Test
  void readAlsoAndWatchLines() {
    String text =
        "Headline\n\n"
            + "Read also: Russia lost 1,000 soldiers in a day\n"
            + "The army said 300 men were captured.\n"
            + "WATCH | Video shows recruits at a base\n"
            + "Watch: Recruits arrive in Rostov\n"
            + "Read more\n"
            + "Moscow raises signing bonus\n"
            + "\n"
            + BODY;
    SourceDocument doc = DocumentReader.of("links.txt", text);
    assertEquals(
        List.of(
            "READ_ALSO: Read also: Russia lost 1,000 soldiers in a day",
            "READ_ALSO: WATCH | Video shows recruits at a base",
            "READ_ALSO: Watch: Recruits arrive in Rostov",
            "READ_ALSO: Read more\nMoscow raises signing bonus"),
        excludedTexts(doc));
    assertFalse(doc.isExcluded(text.indexOf("300 men")));
  }

  @Test
  void loneTimeAgoLinesAndTheHeadlineAboveThem() {
    String text =
        "Kyiv says 5,000 reservists called up\n"
            + "3 hours ago\n"
            + "\n"
            + "The general staff said 5,000 reservists had been called up.\n"
            + "Another story about recruits\n"
            + "\n"
            + "2 days ago\n"
            + "An hour ago\n"
            + "Updated 5 minutes ago\n";
    SourceDocument doc = DocumentReader.of("ago.txt", text);
    assertEquals(
        List.of(
            "TIME_AGO: 3 hours ago",
            "TIME_AGO: Another story about recruits\n\n2 days ago",
            "TIME_AGO: An hour ago",
            "TIME_AGO: Updated 5 minutes ago"),
        excludedTexts(doc));
    assertEquals(Optional.of("Kyiv says 5,000 reservists called up"), doc.title());
  }

  @Test
  void authorBioAfterANameLineAndInTheTail() {
    String text =
        "Headline\n\n"
            + BODY
            + "Mark Smith is an analyst at the Institute and said 2,000 had enlisted.\n"
            + BODY
            + "\n"
            + "Jane Doe\n"
            + "\n"
            + "Jane Doe is a reporter at the Kyiv Herald covering the war.\n"
            + "\n"
            + "John Roe is a senior fellow at the Centre for Eastern Studies.\n"
            + "\n"
            + "Anna Lee\n"
            + "My passion for journalism began in 2014.\n";
    SourceDocument doc = DocumentReader.of("bio.txt", text);
    assertEquals(
        List.of(
            "AUTHOR_BIO: Jane Doe\n\nJane Doe is a reporter at the Kyiv Herald covering the war.",
            "AUTHOR_BIO: John Roe is a senior fellow at the Centre for Eastern Studies.",
            "AUTHOR_BIO: Anna Lee\nMy passion for journalism began in 2014."),
        excludedTexts(doc));
    assertFalse(doc.isExcluded(text.indexOf("2,000")), "a bio-like sentence mid-article stays");
  }

  @Test
  void newsletterFollowAndDonationBlocks() {
    String text =
        "Skip to main content\n"
            + "Russia widens draft\n\n"
            + BODY
            + "Follow us on Telegram\n"
            + "Subscribe to our newsletter for daily updates\n"
            + "Sign up for our morning briefing\n"
            + "The decree covers 160,000 men.\n"
            + BODY
            + "Dear readers,\n"
            + "we rely on your support. Support our work.\n"
            + "\n"
            + "Please give what you can today.\n"
            + "Copyright 2025 Example Media. All rights reserved.\n";
    SourceDocument doc = DocumentReader.of("news.txt", text);
    assertEquals(
        List.of(
            "BOILERPLATE: Skip to main content",
            "SUBSCRIPTION: Follow us on Telegram",
            "SUBSCRIPTION: Subscribe to our newsletter for daily updates",
            "SUBSCRIPTION: Sign up for our morning briefing",
            "SUBSCRIPTION: Dear readers,\nwe rely on your support. Support our work.\n\n"
                + "Please give what you can today.\n"
                + "Copyright 2025 Example Media. All rights reserved."),
        excludedTexts(doc));
    assertEquals(Optional.of("Russia widens draft"), doc.title());
    assertFalse(doc.isExcluded(text.indexOf("160,000")));
  }

  @Test
  void appealOutsideTheTailCoversItsParagraphOnly() {
    String text = "A Message from the Editor\nWe need 5,000 new subscribers.\n\n" + BODY + BODY;
    SourceDocument doc = DocumentReader.of("appeal.txt", text);
    assertEquals(List.of(TextRange.of(0, 56, RangeKind.SUBSCRIPTION)), doc.excluded());
  }

  @Test
  void tickerLines() {
    String text =
        "Markets\n\n"
            + "ABCD 46.25 Increased By ▲ 0.50 (1.09%)\n"
            + "KSE100 112,345.67 Decreased By ▼ -120.50 (-0.11%)\n"
            + "XYZ 10.5 +0.2 (1.9%)\n"
            + "NATO 32 members (100%) agreed\n"
            + BODY;
    SourceDocument doc = DocumentReader.of("ticker.txt", text);
    assertEquals(
        List.of(
            "TICKER: ABCD 46.25 Increased By ▲ 0.50 (1.09%)",
            "TICKER: KSE100 112,345.67 Decreased By ▼ -120.50 (-0.11%)",
            "TICKER: XYZ 10.5 +0.2 (1.9%)"),
        excludedTexts(doc));
  }

  /** One line between a title and an article body: its kind, or NONE when it is kept. */
  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IMAGE_CREDIT | Photo: Reuters/Maxim Shemetov",
        "IMAGE_CREDIT | Image: Getty Images",
        "IMAGE_CREDIT | PHOTO: EPA-EFE/YURI KOCHETKOV",
        "IMAGE_CREDIT | (Photo: AP Photo/Evgeniy Maloletka, File)",
        "IMAGE_CREDIT | Photo by Anna Lee via Unsplash",
        "IMAGE_CREDIT | Photo credit: Ministry of Defence of Ukraine",
        "NONE         | Photo: Officials say about 98,000 Russians have crossed into Kazakhstan",
        "NONE         | Photo: Thousands of Russians fled to Georgia",
        "NONE         | Photo: Ministry 2024",
        "NONE         | Image: Recruits at a base near Rostov where 300 men trained",
        "BOILERPLATE  | Copyright © 2025 Example. All rights reserved.",
        "BOILERPLATE  | © 2025 Example Media",
        "BOILERPLATE  | We use cookies to improve your experience. Accept cookies",
        "BOILERPLATE  | Tags: Russia, Nepal, recruitment",
        "BOILERPLATE  | Share this article",
        "BOILERPLATE  | Advertisement",
        "SUBSCRIPTION | Follow the Kyiv Herald on Telegram",
        "SUBSCRIPTION | Stay updated with our daily briefing",
        "SUBSCRIPTION | Support independent journalism",
        "READ_ALSO    | Related: Nepal bans work permits for Russia",
        "READ_ALSO    | ALSO READ | Kenya charges recruiters",
        "TIME_AGO     | 12 hrs ago",
        "BYLINE       | By Jane Doe",
        "BYLINE       | By Jane Doe and John Roe, Reuters",
        "BYLINE       | Published: March 3, 2025",
        "BYLINE       | Updated 14:05 GMT, 2 March 2025",
        "NONE         | By March 300 men had left.",
        "NONE         | By the end of the year 200,000 men were drafted",
        "NONE         | Published figures show 5,000 recruits",
        "NONE         | Updated figures: 5,000 recruits",
        "BYLINE       | Last updated on Mon 3 Mar 2025 at 10.05 GMT",
        "BYLINE       | Posted 03/03/2025 10:05 am",
        "NONE         | Related to this, officials said 5,000 men had been drafted.",
        "NONE         | Watchers said about 300 men were sent.",
        "NONE         | Watch-makers in Chistopol said 300 workers were drafted.",
        "READ_ALSO    | Watch — Recruits arrive in Rostov",
        "NONE         | Subscribers to the channel said 40 men died.",
        "NONE         | Following us, 200 soldiers crossed the river.",
        "NONE         | The date 2024-01-01 marked 1,000 days of war.",
        "NONE         | Date palms and 12 soldiers.",
        "NONE         | Donated blood saved 30 soldiers.",
        "NONE         | NATO 32 members (100%) agreed",
        "NONE         | troops 1,500 300 (20%)",
        "NONE         | A message from the Kremlin said 5,000 men had signed up.",
        "NONE         | More from the front: 300 soldiers were killed",
        "RELATED_BLOCK | More from The Moscow Times",
      })
  void singleLine(String kind, String line) {
    SourceDocument doc = DocumentReader.of("one.txt", "Headline\n\n" + line + "\n" + BODY);
    List<String> expected = kind.equals("NONE") ? List.of() : List.of(kind + ": " + line);
    assertEquals(expected, excludedTexts(doc));
  }

  @Test
  void bioLikeSentenceWithAFigureInTheTailIsKept() {
    String text =
        "Headline\n\n"
            + BODY
            + "\nJohn Roe is an analyst at the Institute who puts"
            + " losses at 100,000.\nAnna Lee is a reporter at the Herald since 2019.\n";
    SourceDocument doc = DocumentReader.of("tailbio.txt", text);
    assertEquals(
        List.of("AUTHOR_BIO: Anna Lee is a reporter at the Herald since 2019."),
        excludedTexts(doc));
  }

  @Test
  void aWholeScrapedPage() {
    String text =
        String.join(
            "\n",
            " date 2024-11-02 Hundreds of Kenyans lured to fight for Russia, officials say",
            "Skip to main content",
            "By Jane Doe",
            "Published: March 3, 2025",
            "Share on Facebook",
            "",
            "NAIROBI — Kenyan officials said on Tuesday that at least 200 citizens had been"
                + " recruited to fight for Russia, many of them promised jobs as security guards.",
            "",
            "Read more: Nepal halts work permits after deaths",
            "",
            "\"We have received reports of more than 200 Kenyans,\" the foreign minister told"
                + " reporters.",
            "",
            "The recruitment network",
            "",
            "Investigators say agents charged recruits up to $3,000 each.",
            "Kenyan recruits at a training ground near Moscow. Photo: Handout",
            "Photo: AFP/Getty Images",
            "",
            "Russia has recruited about 1,500 foreigners this year, according to estimates",
            "",
            "Jane Doe",
            "Jane Doe is a correspondent at the Daily Example based in Nairobi.",
            "",
            "Most Read",
            "Russia's losses pass 700,000, UK says",
            "Ukraine drafts 25-year-olds",
            "",
            "© 2025 Daily Example");
    SourceDocument doc = DocumentReader.of("page.txt", text);
    assertEquals(
        List.of(
            "BOILERPLATE: Skip to main content",
            "BYLINE: By Jane Doe",
            "BYLINE: Published: March 3, 2025",
            "BOILERPLATE: Share on Facebook",
            "READ_ALSO: Read more: Nepal halts work permits after deaths",
            "IMAGE_CREDIT: Photo: AFP/Getty Images",
            "AUTHOR_BIO: Jane Doe\nJane Doe is a correspondent at the Daily Example based in"
                + " Nairobi.",
            "RELATED_BLOCK: Most Read\nRussia's losses pass 700,000, UK says\n"
                + "Ukraine drafts 25-year-olds\n\n© 2025 Daily Example"),
        excludedTexts(doc));
    assertEquals(
        Optional.of("Hundreds of Kenyans lured to fight for Russia, officials say"), doc.title());
    assertEquals(Optional.of(java.time.LocalDate.of(2024, 11, 2)), doc.published());
    assertEquals("en", doc.language());
    for (String kept :
        List.of(
            "at least 200",
            "more than 200",
            "$3,000",
            "about 1,500",
            "The recruitment network",
            "Photo: Handout")) {
      assertFalse(doc.isExcluded(text.indexOf(kept)), kept);
    }
  }

  @Test
  void titleRules() {
    assertEquals(
        Optional.of("A headline"), DocumentReader.of("t", "  A headline  \nBody.").title());
    assertEquals(
        Optional.of("One sentence lede."),
        DocumentReader.of("t", "One sentence lede.\n\nBody.").title());
    assertEquals(
        Optional.empty(), DocumentReader.of("t", "A first sentence.\nA second one.").title());
    assertEquals(Optional.empty(), DocumentReader.of("t", "x".repeat(201) + "\n\nBody").title());
    assertEquals(Optional.empty(), DocumentReader.of("t", "1,500\n\nBody").title());
    assertEquals(Optional.of("Only line."), DocumentReader.of("t", "Only line.").title());
  }
}
