/**
 * Whole-article evaluation: the article set of {@code data/articles} (gold pairs, clutter and shifts),
 * how an analysis is scored against it, and the command that prints the figures.
 */
package io.toneline.evaluation.articles;
