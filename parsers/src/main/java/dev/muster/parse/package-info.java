/**
 * Reading article text into reports: {@link dev.muster.parse.ArticleParser} parses files and text,
 * {@link dev.muster.parse.ArticleFiles} lists the article files of folders. The packages below
 * this one are the stages of the parser, in order: read, segment, quantity, time, attribution,
 * classify, document (with token, lexicon and language beside them); they are not exported and
 * not part of the API.
 *
 * <p>Null policy: passing {@code null} to any method of this package throws {@link
 * NullPointerException}; absent values are {@link java.util.Optional} or empty collections.
 */
package dev.muster.parse;
