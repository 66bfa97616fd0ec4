package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsoleTest {

  @ParameterizedTest
  @CsvSource({"/dev/pts/3, true", "/dev/tty1, true", "/dev/ttyS0, true", "/dev/console, true",
      "/dev/null, false", "pipe:[81234], false", "/home/me/out.jsonl, false", "socket:[7], false"})
  void terminalDevicesAreTheTtysAndPseudoTerminals(String device, boolean terminal) {
    assertEquals(terminal, Console.isTerminalDevice(device));
  }

  @ParameterizedTest
  @CsvSource({"true, true", "TRUE, true", " true , true", "false, false", "no, false"})
  void whatTheLauncherSaysWins(String told, boolean terminal) {
    assertEquals(terminal, Console.isTerminal(1, told));
    assertEquals(terminal, Console.isTerminal(2, told));
  }
}
