/**
 * Stage 1, read: {@link dev.muster.parse.read.TextFiles} expands files and folders into the files
 * to read, {@link dev.muster.parse.read.DocumentReader} reads one file (or bytes, or a string) into
 * a {@link dev.muster.parse.read.SourceDocument}: the decoded text, the publication date from the
 * optional date prefix, the title, the page furniture that must not be extracted from, the lines in
 * a foreign script, the language and the problems met on the way. Not part of the API.
 *
 * <p>Offsets everywhere are UTF-16 indexes into {@link
 * dev.muster.parse.read.SourceDocument#text()}, which is the file's decoded text without a byte
 * order mark and with its line endings unchanged.
 *
 * <p>Null policy: unless a method says otherwise, passing {@code null} to any method of this
 * package throws {@link NullPointerException}. Absent values are {@link java.util.Optional} or
 * empty collections, never {@code null}.
 */
package dev.muster.parse.read;
