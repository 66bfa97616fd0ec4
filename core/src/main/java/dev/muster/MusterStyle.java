package dev.muster;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Muster's value types, as a meta-annotation for a package: the
 * generated {@code ImmutableX} stays package-private behind the abstract type's {@code of(...)}
 * and {@code builder()}, with no Guava in generated code. Used by {@code dev.muster} and
 * {@code dev.muster.reconcile}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    get = {"is*", "get*"},
    init = "*",
    defaultAsDefault = true)
public @interface MusterStyle {}
