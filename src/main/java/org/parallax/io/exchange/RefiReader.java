package org.parallax.io.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a REFI-QDA file: a project archive ({@code .qdpx}), or a bare codebook ({@code .qdc}) or project XML, told
 * apart by their first bytes. From an archive it reads {@code project.qde} (or the one {@code .qde} another tool
 * named otherwise) and the plain texts its sources name ({@code internal://} paths, in {@code sources/} or
 * {@code Sources/}); it never follows {@code relative://} or {@code absolute://} paths to files outside the archive.
 */
public final class RefiReader {
    private final long maxBytes;
    private final int maxEntries;

    public RefiReader() {
        this(SafeArchive.DEFAULT_MAX_BYTES, SafeArchive.DEFAULT_MAX_ENTRIES);
    }

    /** With other bounds on the bytes inflated from an archive and its entries (tests use small ones). */
    public RefiReader(long maxBytes, int maxEntries) {
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
    }

    /** A source's text as read: its bytes, the text as offsets count it (BOM removed), and whether it had a BOM. */
    record RawText(byte[] bytes, String text, boolean hadBom) {
    }

    record Read(RefiProject project, Map<String, RawText> texts, List<String> problems) {
    }

    Read read(Path file) throws ImportError {
        byte[] head = head(file);
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return readArchive(file);
        }
        int first = start;
        while (first < head.length && Character.isWhitespace(head[first])) {
            first++;
        }
        if (first < head.length && head[first] == '<') {
            byte[] xml = readBounded(file);
            RefiProject project = RefiProject.read(SecureXml.parse(xml, file.toString()), file.toString());
            List<String> problems = new ArrayList<>();
            Map<String, RawText> texts = new LinkedHashMap<>();
            for (RefiProject.TextSource source : project.sources()) {
                if (source.content() != null) {
                    texts.putIfAbsent(source.guid(), fromString(source.content()));
                } else {
                    problems.add(sourceLabel(source) + ": its text (" + source.plainTextPath()
                            + ") is not in this XML file; only a .qdpx archive carries texts");
                }
            }
            return new Read(project, texts, problems);
        }
        throw new ImportError(file + " is not a REFI-QDA file: neither a .qdpx archive nor QDA-XML (.qdc, .qde)");
    }

    private Read readArchive(Path file) throws ImportError {
        try (SafeArchive archive = new SafeArchive(file, maxBytes, maxEntries)) {
            List<String> problems = new ArrayList<>();
            for (String unsafe : archive.unsafeEntries()) {
                problems.add("entry \"" + unsafe + "\": its path is absolute or leaves the archive; not read");
            }
            String qde = projectEntry(archive, file);
            RefiProject project = RefiProject.read(SecureXml.parse(archive.read(qde), file + "!" + qde),
                    file + "!" + qde);
            Map<String, RawText> texts = new LinkedHashMap<>();
            for (RefiProject.TextSource source : project.sources()) {
                if (texts.containsKey(source.guid())) {
                    continue; // a second source with the GUID of another: the import skips it and says so
                }
                RawText text = textOf(archive, source, problems);
                if (text != null) {
                    texts.put(source.guid(), text);
                }
            }
            return new Read(project, texts, problems);
        }
    }

    private static String projectEntry(SafeArchive archive, Path file) throws ImportError {
        if (archive.contains("project.qde")) {
            return "project.qde";
        }
        List<String> qdes = new ArrayList<>();
        for (String name : archive.names()) {
            if (!SafeArchive.key(name).contains("/") && name.toLowerCase(Locale.ROOT).endsWith(".qde")) {
                qdes.add(name);
            }
        }
        if (qdes.size() == 1) {
            return qdes.get(0);
        }
        throw new ImportError(file + " is a zip archive but not a REFI-QDA project: "
                + (qdes.isEmpty() ? "it holds no project.qde" : "it holds several .qde files " + qdes));
    }

    private RawText textOf(SafeArchive archive, RefiProject.TextSource source, List<String> problems)
            throws ImportError {
        if (source.content() != null && (source.plainTextPath() == null || source.plainTextPath().isBlank())) {
            return fromString(source.content());
        }
        String path = source.plainTextPath();
        if (path == null || path.isBlank()) {
            if (source.richTextPath() == null) {
                return null; // a document without text (Parallax: a work the corpus retells); its selections say so
            }
            problems.add(sourceLabel(source) + ": no plain text (only rich text " + source.richTextPath() + ")"
                    + "; imported without a text, its selections cannot be placed");
            return null;
        }
        if (!path.regionMatches(true, 0, RefiQda.INTERNAL, 0, RefiQda.INTERNAL.length())) {
            problems.add(sourceLabel(source) + ": its text " + path + " lies outside the archive; not read"
                    + " (Parallax reads only the texts inside a .qdpx)");
            return null;
        }
        String name = path.substring(RefiQda.INTERNAL.length());
        while (name.startsWith("/")) {
            name = name.substring(1); // internal:///x.txt
        }
        if (SafeArchive.isUnsafe(name)) {
            problems.add(sourceLabel(source) + ": its text path " + path + " leaves the archive; refused");
            return null;
        }
        byte[] bytes = archive.read(RefiQda.SOURCES_FOLDER + name);
        if (bytes == null) {
            bytes = archive.read(name); // a few tools put texts at the top
        }
        if (bytes == null) {
            problems.add(sourceLabel(source) + ": its text " + path + " is missing from the archive");
            return null;
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            boolean bom = decoded.startsWith("\uFEFF");
            return new RawText(bytes, bom ? decoded.substring(1) : decoded, bom);
        } catch (CharacterCodingException notUtf8) {
            problems.add(sourceLabel(source) + ": its text " + path + " is not UTF-8; not read");
            return null;
        }
    }

    private static RawText fromString(String content) {
        boolean bom = content.startsWith("\uFEFF");
        String text = bom ? content.substring(1) : content;
        return new RawText(text.getBytes(StandardCharsets.UTF_8), text, false);
    }

    static String sourceLabel(RefiProject.TextSource source) {
        return "source \"" + source.name() + "\" (" + source.guid() + ")";
    }

    private static byte[] head(Path file) throws ImportError {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(64);
        } catch (java.nio.file.NoSuchFileException absent) {
            throw new ImportError(file + " does not exist");
        } catch (IOException unreadable) {
            throw new ImportError("cannot read " + file + ": " + unreadable.getMessage());
        }
    }

    private byte[] readBounded(Path file) throws ImportError {
        try {
            if (Files.size(file) > maxBytes) {
                throw new ImportError(file + " is larger than " + (maxBytes >> 20) + " MB; refused");
            }
            return Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new ImportError("cannot read " + file + ": " + unreadable.getMessage());
        }
    }
}
