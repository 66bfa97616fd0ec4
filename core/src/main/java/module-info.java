/**
 * Muster's domain: the typed, sourced figures (estimates with their quantities, measures, cohorts,
 * periods, attributions and evidence), reports and problems, and their JSON form.
 */
module dev.muster.core {
  exports dev.muster;

  requires static org.immutables.value;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;

  // Jackson builds the generated immutable values by reflection
  opens dev.muster to com.fasterxml.jackson.databind;
}
