package dev.muster.beam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.muster.MusterJson;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.SerializableFunction;

/**
 * Turns each element into the values {@code explode} gives and writes each of those as JSON with
 * {@link MusterJson}: one line each, or an indented text.
 *
 * @param <InT> the input elements
 * @param <OutT> the values written
 */
final class JsonLinesFn<InT, OutT> extends DoFn<InT, String> {

  private static final long serialVersionUID = 1L;

  private final Class<OutT> type;
  private final SerializableFunction<InT, List<OutT>> explode;
  private final boolean indented;
  private transient ObjectWriter writer;

  private JsonLinesFn(Class<OutT> type, SerializableFunction<InT, List<OutT>> explode,
      boolean indented) {
    this.type = type;
    this.explode = explode;
    this.indented = indented;
  }

  /** Returns the function writing the values of each element, one JSON line each. */
  static <InT, OutT> JsonLinesFn<InT, OutT> lines(Class<OutT> type,
      SerializableFunction<InT, List<OutT>> explode) {
    return new JsonLinesFn<>(type, explode, false);
  }

  /** Returns the function writing each element as indented JSON. */
  static <T> JsonLinesFn<T, T> indented(Class<T> type) {
    return new JsonLinesFn<>(type, List::of, true);
  }

  @Setup
  public void setUp() {
    ObjectWriter w = MusterJson.newMapper().writerFor(type);
    writer = indented ? w.withDefaultPrettyPrinter() : w;
  }

  @ProcessElement
  public void process(@Element InT element, OutputReceiver<String> out)
      throws JsonProcessingException {
    for (OutT value : explode.apply(element)) {
      out.output(writer.writeValueAsString(value));
    }
  }
}
