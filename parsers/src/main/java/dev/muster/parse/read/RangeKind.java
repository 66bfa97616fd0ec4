package dev.muster.parse.read;

/**
 * Why a {@link TextRange} was marked: page furniture of one kind or another, the title, or text in
 * another script.
 *
 * <p>Immutable and thread-safe, like every enum.
 */
public enum RangeKind {
  /** The document's title line. */
  TITLE,
  /**
   * A block of links to other articles: a header such as "Recent Posts", "Related", "More from",
   * "Most read" or "Recommended" and the headlines under it.
   */
  RELATED_BLOCK,
  /** A single link line such as "Read also: ...", "Read more", "Watch more", "WATCH | ...". */
  READ_ALSO,
  /** A lone "N days ago" line, or a headline directly above one. */
  TIME_AGO,
  /** An author's name line and biography. */
  AUTHOR_BIO,
  /** A byline ("By Jane Doe") or a publication-time line ("Published: March 3, 2025"). */
  BYLINE,
  /** Newsletter, follow-us, subscription and donation appeals. */
  SUBSCRIPTION,
  /** Site boilerplate: copyright, "Skip to main content", cookie notices, tag and share lines. */
  BOILERPLATE,
  /** A stock-ticker line such as {@code ABCD 46.25 Increased By ▲ 0.50 (1.09%)}. */
  TICKER,
  /** An image credit line such as "Photo: Name/Agency". */
  IMAGE_CREDIT,
  /** A line whose letters are mostly not Latin (for example a Russian or Ukrainian paragraph). */
  FOREIGN_SCRIPT
}
