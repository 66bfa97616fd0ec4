package dev.muster.parse.attribution;

/** The role of a source in an attribution chain, outermost first. */
public enum Role {
  /** The outlet that carried the statement: "..., Reuters reported". */
  OUTER,
  /** Who said it: "the ministry said". */
  SPEAKER,
  /** Whose data it is: "citing a study by X". */
  INNER
}
