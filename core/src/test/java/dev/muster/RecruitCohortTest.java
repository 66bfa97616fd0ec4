package dev.muster;

import static dev.muster.Rejection.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecruitCohortTest {

  @Test
  void ageOutOfRangeIsRejected() {
    assertRejected(() -> RecruitCohort.builder().minAge(-1).build(),
        "an age must be within 0..130", "got -1");
    assertRejected(() -> RecruitCohort.builder().maxAge(131).build(),
        "an age must be within 0..130", "got 131");
  }

  @Test
  void minAboveMaxIsRejected() {
    assertRejected(() -> RecruitCohort.builder().minAge(40).maxAge(18).build(),
        "minAge must not exceed maxAge", "40 > 18");
  }

  @Test
  void boundaryAgesHold() {
    RecruitCohort c = RecruitCohort.builder().minAge(0).maxAge(130).build();
    assertEquals(Optional.of(0), c.minAge());
    assertEquals(Optional.of(130), c.maxAge());
    assertEquals(Optional.of(18), RecruitCohort.builder().minAge(18).maxAge(18).build().minAge());
  }

  @Test
  void originsAreSortedWithoutRepeats() {
    RecruitCohort c = RecruitCohort.of(Origin.of("NP"), Origin.FOREIGN, Origin.of("IN"), Origin.of("NP"));
    assertEquals(List.of(Origin.of("IN"), Origin.of("NP"), Origin.FOREIGN), List.copyOf(c.origins()));
    assertEquals(c, RecruitCohort.of(List.of(Origin.FOREIGN, Origin.of("IN"), Origin.of("NP"))));
  }

  @Test
  void toStringIsReadable() {
    assertEquals("[]", RecruitCohort.unspecified().toString());
    assertEquals("[IN, NP]", RecruitCohort.of(Origin.of("NP"), Origin.of("IN")).toString());
    assertEquals("[NP] PRISONERS aged 18..40 in Moscow", RecruitCohort.builder()
        .addOrigins(Origin.of("NP")).category(CohortCategory.PRISONERS).minAge(18).maxAge(40)
        .recruitedIn("Moscow").build().toString());
    assertEquals("[foreign] aged ..65", RecruitCohort.builder()
        .addOrigins(Origin.FOREIGN).maxAge(65).build().toString());
  }

  @Test
  void unspecifiedIsTheEmptyCohort() {
    assertSame(RecruitCohort.unspecified(), RecruitCohort.unspecified());
    assertEquals(RecruitCohort.builder().build(), RecruitCohort.unspecified());
  }
}
