package dev.muster;

/**
 * What kind of people a cohort is, beyond their origin.
 *
 * <p>Immutable and thread-safe, like every enum.
 */
public enum CohortCategory {
  FOREIGN_NATIONALS,
  MIGRANTS,
  NATURALISED_CITIZENS,
  PRISONERS,
  CONSCRIPTS,
  MOBILISED_RESERVISTS,
  CONTRACT_SOLDIERS,
  VOLUNTEERS,
  MERCENARIES,
  PRIVATE_MILITARY,
  CIVILIANS
}
