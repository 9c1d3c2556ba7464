/**
 * Ugoira (pixiv's animations): the zip of frames plus {@code ugoira_meta}'s per-frame delays, kept
 * as a {@code {id}.ugoira.json} sidecar and converted to an animated GIF in pure Java, or to WebM,
 * MP4, animated WebP or APNG through ffmpeg.
 */
@NullMarked
package io.github.pixivajax.core.ugoira;

import org.jspecify.annotations.NullMarked;
