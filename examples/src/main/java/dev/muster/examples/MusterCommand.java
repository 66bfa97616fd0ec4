package dev.muster.examples;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code muster} command-line tool: {@code extract} figures from article files, and
 * {@code reconcile} them across articles.
 */
@Command(name = "muster", mixinStandardHelpOptions = true, version = "muster 0.1.0",
    description = "Typed, sourced manpower figures from news and intelligence reporting.",
    subcommands = {ExtractCommand.class, ReconcileCommand.class})
public final class MusterCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** Runs the command line and returns its exit status. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new MusterCommand());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("muster: error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 2;
    });
    return cl.execute(args);
  }

  public static void main(String[] args) {
    // this process is the command's own: it may choose its JIT compiler for the input's size
    QuickJit.enableForThisProcess();
    System.exit(run(args));
  }
}
