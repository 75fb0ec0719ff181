/**
 * Actors: the gazetteer of states and organisations, detection of states, people and organisations with their aliases ({@link io.toneline.analysis.actors.ActorFinder}), alias matching and stable ids.
 */
package io.toneline.analysis.actors;
