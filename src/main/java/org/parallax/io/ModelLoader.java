package org.parallax.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.parallax.model.Model;

/**
 * Reads a model file and returns the model or every problem found, each located by file, line, column and
 * JSON path. Never throws on bad input. Checks, in order: size, emptiness, whether the bytes are a model at
 * all (an image, an archive), UTF-8, then one streaming pass over the JSON (types, required and unknown
 * fields, ids, enums, offsets, references), then the references made before their list and derivedFrom loops.
 * See docs/decisions/0010 and 0011 for why streaming and why all problems in one pass.
 */
public final class ModelLoader {
    /** A 100,000-quote model is about 40 MB; five times that is surely not a model. */
    public static final long MAX_DOCUMENT_BYTES = 200L * 1024 * 1024;
    /** CONTRACTS.md: one string over 1 MB is a problem. */
    public static final int MAX_STRING_LENGTH = 1024 * 1024;
    /** CONTRACTS.md: nesting deeper than 100 is a problem (a model needs 7). */
    public static final int MAX_NESTING_DEPTH = 100;

    private final JsonFactory json = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .build())
            .build();
    private final boolean offsetsRequired;

    /** The strict loader: every rule of the format applies. */
    public ModelLoader() {
        this(true);
    }

    private ModelLoader(boolean offsetsRequired) {
        this.offsetsRequired = offsetsRequired;
    }

    /**
     * A loader for {@code locate}, whose job is to fill in offsets: quotes may lack {@code start}/{@code end}
     * (read as -1) and offsets are not checked. Everything else is checked as usual.
     */
    public static ModelLoader withoutOffsetChecks() {
        return new ModelLoader(false);
    }

    public LoadResult load(Path file) {
        return loadWithLocations(file).result();
    }

    public LoadResult load(byte[] content, String fileName) {
        return loadWithLocations(content, fileName).result();
    }

    public LocatedLoad loadWithLocations(Path file) {
        String name = file.toString();
        try {
            Optional<String> notAFile = FileSniffer.notARegularFile(file);
            if (notAFile.isPresent()) {
                return failed(name, ProblemKind.IO, "this is " + notAFile.get());
            }
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_BYTES) {
                return failed(name, ProblemKind.TOO_LARGE, "the file has " + size + " bytes; a model may have at most "
                        + MAX_DOCUMENT_BYTES);
            }
            return loadWithLocations(Files.readAllBytes(file), name);
        } catch (NoSuchFileException missing) {
            return failed(name, ProblemKind.IO, "no such file");
        } catch (IOException unreadable) {
            return failed(name, ProblemKind.IO, "cannot read the file: " + unreadable.getMessage());
        } catch (OutOfMemoryError tooLarge) {
            return failed(name, ProblemKind.TOO_LARGE, MemoryAdvice.modelTooLarge(sizeOf(file)));
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unknown) {
            return -1;
        }
    }

    public LocatedLoad loadWithLocations(byte[] content, String fileName) {
        return loadWithLocations(content, fileName, new Problems(fileName, content));
    }

    /** For tests that look at the work of locating (Problems' column finder). */
    LocatedLoad loadWithLocations(byte[] content, String fileName, Problems problems) {
        ModelLocations locations = new ModelLocations(fileName);
        Model model;
        try {
            model = read(content, problems, locations);
        } catch (OutOfMemoryError tooLarge) {
            // what was built is garbage once this frame is left: there is room again for one problem
            problems.list().clear();
            problems.addAtByte(ProblemKind.TOO_LARGE, 0, "$", MemoryAdvice.modelTooLarge(content.length));
            return new LocatedLoad(LoadResult.failed(problems.list()), ModelLocations.unknown(fileName));
        }
        return new LocatedLoad(problems.isEmpty() && model != null ? LoadResult.loaded(model)
                : LoadResult.failed(problems.list()), locations);
    }

    private Model read(byte[] content, Problems problems, ModelLocations locations) {
        if (content.length > MAX_DOCUMENT_BYTES) {
            problems.addAtByte(ProblemKind.TOO_LARGE, 0, "$", "the file has " + content.length
                    + " bytes; a model may have at most " + MAX_DOCUMENT_BYTES);
            return null;
        }
        if (isBlank(content)) {
            problems.addAtByte(ProblemKind.EMPTY, 0, "$", "the file is empty; a model is a JSON object");
            return null;
        }
        Optional<FileSniffer.Sniffed> other = FileSniffer.notAModel(content);
        if (other.isPresent()) {
            problems.addAtByte(ProblemKind.ENCODING, other.get().at(), "$", "not a Parallax model: this file is "
                    + other.get().what());
            return null;
        }
        // the parser does not wait for the UTF-8 check (on a large file it runs beside it); the check's verdict
        // wins: a file that is not UTF-8 gets that one problem, whatever the parser made of its bytes
        Utf8Check.Pending utf8 = Utf8Check.start(content);
        Model model = parse(content, problems, locations);
        OptionalInt invalid = utf8.firstInvalidByte();
        if (invalid.isPresent()) {
            int at = invalid.getAsInt();
            problems.list().clear();
            problems.addAtByte(ProblemKind.ENCODING, at, "$", String.format(
                    "invalid UTF-8: byte 0x%02X at byte offset %d; save the file as UTF-8", content[at] & 0xFF, at));
            return null;
        }
        return model;
    }

    private Model parse(byte[] content, Problems problems, ModelLocations locations) {
        ModelReader reader = null;
        try (JsonParser parser = json.createParser(content)) {
            reader = new ModelReader(parser, problems, locations, offsetsRequired);
            Model model = reader.read();
            if (!reader.rootIsObject()) {
                return null;
            }
            int trailing = firstNonBlank(content, (int) parser.currentLocation().getByteOffset());
            if (trailing >= 0) {
                problems.addAtByte(ProblemKind.SYNTAX, trailing, "$", "unexpected content after the end of the "
                        + "model: its closing } is followed by more text");
                return null;
            }
            // Both need the whole file read: references made before their list, and derivedFrom loops.
            problems.list().addAll(reader.references().unresolved(problems.file()));
            problems.list().addAll(DerivationCycles.find(reader.derivations(), problems.file()));
            return model;
        } catch (JsonCursor.StringTooLong tooLong) {
            problems.add(ProblemKind.TOO_LARGE, tooLong.at, reader.path(), "a string longer than "
                    + MAX_STRING_LENGTH + " characters; the limit keeps a broken file from exhausting memory");
        } catch (StreamConstraintsException limit) {
            problems.add(ProblemKind.TOO_LARGE, location(limit, reader), path(reader), humanLimit(limit));
        } catch (JsonProcessingException syntax) {
            problems.add(ProblemKind.SYNTAX, location(syntax, reader), path(reader), humanSyntax(syntax));
        } catch (IOException | RuntimeException unexpected) {
            problems.addAtByte(ProblemKind.IO, 0, "$", "cannot read the model: " + unexpected);
        }
        return null;
    }

    private static String path(ModelReader reader) {
        return reader == null ? "$" : reader.path();
    }

    private static JsonLocation location(JsonProcessingException failure, ModelReader reader) {
        JsonLocation at = failure.getLocation();
        if ((at == null || at.getByteOffset() < 0) && reader != null) {
            at = reader.currentLocation();
        }
        return at;
    }

    /** Jackson's message without its "[Source: ...; line: L, column: C]" noise, which we report ourselves. */
    private static String humanSyntax(JsonProcessingException syntax) {
        return JsonMessages.syntax(syntax.getOriginalMessage());
    }

    private static String humanLimit(StreamConstraintsException limit) {
        String message = limit.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return "nesting deeper than " + MAX_NESTING_DEPTH + " levels; a model needs far fewer";
        }
        if (message.contains("Document length")) {
            return "the document is longer than " + MAX_DOCUMENT_BYTES + " bytes";
        }
        return "a value beyond the reader's limits: " + message.replaceAll("\\s*\\(.*", "");
    }

    private static boolean isBlank(byte[] content) {
        int from = TextPosition.hasBom(content) ? 3 : 0;
        return firstNonBlank(content, from) < 0;
    }

    /** Offset of the first byte from {@code from} on that is not JSON whitespace, or -1. */
    private static int firstNonBlank(byte[] content, int from) {
        for (int i = Math.max(from, 0); i < content.length; i++) {
            byte b = content[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return i;
            }
        }
        return -1;
    }

    private static LocatedLoad failed(String file, ProblemKind kind, String message) {
        return new LocatedLoad(LoadResult.failed(List.of(new Problem(file, 0, 0, kind, "$", message))),
                ModelLocations.unknown(file));
    }
}
