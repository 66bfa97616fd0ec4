package dev.muster.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The options of {@link ExtractArchive}, besides Beam's own ({@code --runner} and the like). */
public interface ExtractArchiveOptions extends PipelineOptions {

  @Description("The article files to read: a file pattern such as /data/archive/**.txt or "
      + "gs://bucket/news/*.txt, or a folder (every file below it). Files ending in .gz, .bz2 or "
      + ".deflate are decompressed.")
  @Validation.Required
  String getInput();

  void setInput(String input);

  @Description("The prefix of the output files: PREFIX-estimates-SSSSS-of-NNNNN.jsonl (the lines "
      + "of muster extract --format jsonl), PREFIX-problems-SSSSS-of-NNNNN.jsonl (one JSON problem "
      + "per line) and, with --reconcile, PREFIX-reconciliation.json.")
  @Validation.Required
  String getOutput();

  void setOutput(String output);

  @Description("Also reconcile the figures across all documents into PREFIX-reconciliation.json.")
  @Default.Boolean(false)
  boolean getReconcile();

  void setReconcile(boolean reconcile);

  @Description("Skip (and report) files larger than this many MiB.")
  @Default.Long(64)
  long getMaxFileMb();

  void setMaxFileMb(long maxFileMb);

  @Description("The number of groups the matched files are spread over between workers; each "
      + "group is parsed by one worker thread at a time. 0 (the default) chooses "
      + ExtractArchive.DIRECT_GROUPS + " on the DirectRunner, where each group costs a set-up, and "
      + ExtractArchive.CLUSTER_GROUPS + " elsewhere; on a cluster keep it a few times above the "
      + "number of cores.")
  @Default.Integer(0)
  int getFileGroups();

  void setFileGroups(int fileGroups);

  @Description("The number of estimates files to write; 0 lets the runner choose.")
  @Default.Integer(0)
  int getShards();

  void setShards(int shards);
}
