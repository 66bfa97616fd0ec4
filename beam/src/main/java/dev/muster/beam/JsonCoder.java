package dev.muster.beam;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.muster.MusterJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * A coder of one of Muster's JSON-mapped types: each value is its {@link MusterJson} text in
 * UTF-8, prefixed by its length. New fields of the domain types are carried without a change
 * here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the encoded type
 */
final class JsonCoder<T> extends CustomCoder<T> {

  private static final long serialVersionUID = 1L;
  private static final ByteArrayCoder BYTES = ByteArrayCoder.of();
  /**
   * Jackson's reader and writer are immutable and thread-safe; every coder, and every copy a runner
   * makes of one, shares the serializers they build, so a copy costs nothing to set up.
   */
  private static final ObjectReader READER = MusterJson.newMapper().reader();
  private static final ObjectWriter WRITER = MusterJson.newMapper().writer();

  private final Class<T> type;
  private transient ObjectReader reader;
  private transient ObjectWriter writer;

  private JsonCoder(Class<T> type) {
    this.type = type;
    init();
  }

  /** Returns the coder of {@code type}, which must be readable and writable by MusterJson. */
  static <T> JsonCoder<T> of(Class<T> type) {
    return new JsonCoder<>(Objects.requireNonNull(type, "type"));
  }

  private void init() {
    reader = READER.forType(type);
    writer = WRITER.forType(type);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    init();
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null " + type.getSimpleName());
    }
    BYTES.encode(writer.writeValueAsBytes(value), out);
  }

  @Override
  public T decode(InputStream in) throws IOException {
    byte[] bytes = BYTES.decode(in);
    try {
      return reader.readValue(bytes);
    } catch (IOException | RuntimeException e) {
      throw new CoderException("cannot decode a " + type.getSimpleName() + " from its "
          + bytes.length + " bytes of JSON: " + e.getMessage(), e);
    }
  }

  @Override
  public TypeDescriptor<T> getEncodedTypeDescriptor() {
    return TypeDescriptor.of(type);
  }

  /**
   * Always throws: equal values encode to equal bytes today, but JSON mapping does not promise it,
   * so these values are not to be used as grouping keys.
   */
  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    throw new NonDeterministicException(this,
        type.getSimpleName() + " is encoded as JSON, which does not promise one encoding per value");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonCoder && ((JsonCoder<?>) o).type.equals(type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "JsonCoder[" + type.getSimpleName() + "]";
  }
}
