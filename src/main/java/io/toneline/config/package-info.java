/**
 * Configuration: the one {@code @ConfigMapping} of Toneline's settings.
 */
package io.toneline.config;
