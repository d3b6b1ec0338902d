package org.parallax.io;

/**
 * A problem with one source's article file: absent, unreadable, not UTF-8, or not matching its sha256.
 * {@code sourceIndex} is the source's position in the model ({@code -1} for the folder itself); {@code field}
 * is the source field at fault ({@code file} or {@code sha256}).
 */
public record SourceIssue(int sourceIndex, String sourceId, ProblemKind kind, String field, String message) {
}
