package io.github.pixivajax.rx;

import io.github.pixivajax.core.model.ArtworkThumbnail;

/** A work of a ranking with its place, from 1. */
public record RankedArtwork(int rank, ArtworkThumbnail artwork) {}
