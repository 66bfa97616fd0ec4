/**
 * The extraction rules that are still to be split into stages; not part of the API.
 */
package dev.muster.parse.internal;
