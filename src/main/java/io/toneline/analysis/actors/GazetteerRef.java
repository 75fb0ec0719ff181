package io.toneline.analysis.actors;

import io.toneline.analysis.actors.gazetteer.GazetteerEntry;

/**
 * What a gazetteer alias found in the text stands for.
 *
 * @param entry the state or organisation; null for an {@code ignore} phrase
 * @param demonym true when the alias is a demonym (an adjective) rather than a name
 */
record GazetteerRef(GazetteerEntry entry, boolean demonym) {
}
