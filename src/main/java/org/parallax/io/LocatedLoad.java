package org.parallax.io;

/** A load result with the file positions of its sources and quotes, for problems found after loading. */
public record LocatedLoad(LoadResult result, ModelLocations locations) {
}
