package dev.muster.parse.time;

/** How strong a cue a time expression is for the period of a figure near it. */
public enum TimeKind {
  /** A point or span the figure covers: "in March 2025", "between ... and ...". */
  SPAN,
  /** Open at the start: "as of November 2024", "so far". */
  UNTIL,
  /** Open at the end: "since the start of the invasion". */
  SINCE,
  /** "during the war": since the invasion, the weakest cue. */
  WAR
}
