package org.parallax.io;

import java.util.Locale;

/** The closed list of problem kinds a model can have (CONTRACTS.md); {@link #id()} is what reports print. */
public enum ProblemKind {
    /** Not well-formed JSON: truncated, trailing garbage, bad token. */
    SYNTAX,
    /** A value of the wrong JSON type (a number where a string belongs, ...). */
    TYPE,
    /** A required field is absent or null. */
    MISSING,
    /** A field the format does not define. */
    UNKNOWN_FIELD,
    /** An id used twice in the same list. */
    DUPLICATE_ID,
    /** A reference (theme, source, side, derivedFrom, claims key) that names nothing. */
    DANGLING_REF,
    /** derivedFrom relations that loop. */
    CYCLE,
    /** A value outside its closed set (stance, certainty, kind) or an id that is not a slug. */
    ENUM,
    /** A number out of its range (negative offsets, start >= end, offsets that do not span the text). */
    RANGE,
    /** A string not in its required format: a date that is not ISO (YYYY-MM-DD), a sha256 that is not 64 hex digits. */
    FORMAT,
    /** An empty string or list where content is required. */
    EMPTY,
    /** A schemaVersion this build does not read. */
    VERSION,
    /** Bytes that are not valid UTF-8, or a file that is not text at all. */
    ENCODING,
    /** A string, nesting depth or document beyond the limits. */
    TOO_LARGE,
    /** A quote's text differs from its article at its offsets. */
    NOT_VERBATIM,
    /** A source file's bytes do not match its sha256. */
    CHECKSUM,
    /** A source's file cannot be read from the attached folder. */
    MISSING_FILE,
    /** A quote whose text occurs more than once in its article, so its place is not certain (locate). */
    AMBIGUOUS,
    /** A file or folder that cannot be read at all. */
    IO;

    /** The lowercase, hyphenated id used in reports ({@code unknown-field}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
