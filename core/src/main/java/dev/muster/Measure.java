package dev.muster;

/**
 * What an estimate counts: the closed vocabulary of the export contract.
 *
 * <p>Immutable and thread-safe, like every enum.
 */
public enum Measure {
  /** People who were recruited, enlisted, signed contracts, volunteered or joined. */
  RECRUITED,
  /** People fighting, serving, deployed or sent to the front: a stock at a time. */
  SERVING,
  /** People killed or who died. */
  KILLED,
  /** People wounded or injured. */
  WOUNDED,
  /** Killed and wounded together, or "losses" of personnel. */
  CASUALTIES,
  /** People taken prisoner in the fighting or held captive. */
  CAPTURED,
  /** People rounded up, arrested or detained by authorities. */
  DETAINED,
  /** People drafted, called up or mobilised by decree. */
  CONSCRIPTED,
  /** People given citizenship for service. */
  CITIZENSHIP_GRANTED,
  /** A planned size or increase of a force, or a recruitment quota. */
  FORCE_TARGET,
  /** People who left the country or hid to avoid service. */
  FLED,
  /** Money: pay, bonuses, fees, compensation. The only measure with a currency unit. */
  PAYMENT,
  /** A count of people that fits none of the other measures (missing, say). */
  OTHER;

  /** Returns whether this measure counts money rather than people. */
  public boolean isMoney() {
    return this == PAYMENT;
  }
}
