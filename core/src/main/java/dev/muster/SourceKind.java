package dev.muster;

/**
 * What kind of body a source is.
 *
 * <p>Immutable and thread-safe, like every enum.
 */
public enum SourceKind {
  /** A government, ministry or state agency that is not an intelligence service. */
  GOVERNMENT,
  /** A military or civilian intelligence service. */
  INTELLIGENCE_SERVICE,
  /** Armed forces, a general staff or a military command. */
  MILITARY,
  /** A head of state or a named official speaking for themselves. */
  OFFICIAL,
  /** A newspaper, broadcaster, news agency or news site. */
  MEDIA_OUTLET,
  /** A research institute, think tank, NGO or investigative group. */
  RESEARCH_OR_NGO,
  /** An international organisation (UN, OSCE ...). */
  INTERNATIONAL_ORGANISATION,
  /** Anything else: police, courts, companies, individuals. */
  OTHER
}
