package dev.muster.examples;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option's enum value in any case ({@code jsonl}, {@code JSONL}, {@code Jsonl}); a value
 * that is none of them is an error listing the values in lower case.
 *
 * @param <E> the enum
 */
abstract class CaseInsensitive<E extends Enum<E>> implements ITypeConverter<E> {

  private final Class<E> type;

  CaseInsensitive(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.trim())) {
        return e;
      }
    }
    throw new TypeConversionException("expected one of " + names(type) + " but was '" + value + "'");
  }

  /** Returns the enum's values in lower case, joined by {@code ", "}. */
  static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
