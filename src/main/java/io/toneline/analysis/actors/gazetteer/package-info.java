/**
 * The gazetteer: every state (ISO 3166 code, names, demonym, capital, seats of power) and the
 * organisations and movements political news reports on, loaded from {@code gazetteer.tsv}.
 */
package io.toneline.analysis.actors.gazetteer;
