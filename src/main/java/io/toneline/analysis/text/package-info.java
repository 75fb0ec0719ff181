/**
 * Text: paragraph segmentation with offsets ({@link io.toneline.analysis.text.Segmenter}), paragraph kinds (body, heading, boilerplate), HTML to text with jsoup, and the shared character helpers.
 */
package io.toneline.analysis.text;
