package org.parallax.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Model;
import org.parallax.model.Source;

/**
 * Attaches a folder of article texts to a model: for each source with a {@code file}, is the file there,
 * inside the folder, valid UTF-8, and does its sha256 match? Never throws on bad input; what is wrong
 * becomes a {@link SourceIssue}.
 */
public final class SourceFolder {
    private SourceFolder() {
    }

    public static AttachedSources attach(Path folder, Model model) {
        List<SourceIssue> issues = new ArrayList<>();
        Map<String, SourceText> texts = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            issues.add(new SourceIssue(-1, null, ProblemKind.IO, "file", "the sources folder " + folder
                    + " does not exist or is not a folder"));
            return new AttachedSources(folder, texts, issues);
        }
        Path root = folder.toAbsolutePath().normalize();
        List<Source> sources = model.sources();
        for (int index = 0; index < sources.size(); index++) {
            Source source = sources.get(index);
            if (source.hasFile()) {
                attachOne(root, index, source, texts, issues);
            }
        }
        return new AttachedSources(folder, texts, issues);
    }

    private static void attachOne(Path root, int index, Source source, Map<String, SourceText> texts,
                                  List<SourceIssue> issues) {
        Path file = root.resolve(source.file()).normalize();
        if (!file.startsWith(root)) {
            issues.add(new SourceIssue(index, source.id(), ProblemKind.MISSING_FILE, "file", "\"" + source.file()
                    + "\" points outside the sources folder"));
            return;
        }
        java.util.Optional<String> notAFile = FileSniffer.notARegularFile(file);
        if (notAFile.isPresent()) {
            issues.add(new SourceIssue(index, source.id(), ProblemKind.MISSING_FILE, "file", "cannot read \""
                    + source.file() + "\": this is " + notAFile.get()));
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            issues.add(new SourceIssue(index, source.id(), ProblemKind.MISSING_FILE, "file", "\"" + source.file()
                    + "\" is not in " + root));
            return;
        } catch (IOException | OutOfMemoryError unreadable) {
            issues.add(new SourceIssue(index, source.id(), ProblemKind.MISSING_FILE, "file", "cannot read \""
                    + source.file() + "\": " + unreadable.getMessage()));
            return;
        }
        if (source.sha256() != null) {
            String actual = sha256(bytes);
            if (!actual.equals(source.sha256())) {
                issues.add(new SourceIssue(index, source.id(), ProblemKind.CHECKSUM, "sha256", "\"" + source.file()
                        + "\" has sha256 " + actual + ", not the one the model gives: the article changed"));
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            texts.put(source.id(), new SourceText(decoded));
        } catch (CharacterCodingException notUtf8) {
            int at = Utf8Check.firstInvalidByte(bytes).orElse(0);
            issues.add(new SourceIssue(index, source.id(), ProblemKind.ENCODING, "file", "\"" + source.file()
                    + "\" is not valid UTF-8 (byte offset " + at + ")"));
        }
    }

    /** Lowercase hex SHA-256 of the bytes, the form the model's {@code sha256} field holds. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
