package org.parallax.io.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Converts an article file (plain text, Markdown, HTML, DOCX, PDF, by its extension) to the UTF-8 plain text
 * Parallax stores and counts offsets in. Never throws for a bad file: an empty file, a file over the size limit
 * (refused before it is read), a damaged PDF or DOCX, binary data renamed .txt, or text in another encoding
 * each become a {@link Conversion.Refused} whose message names the file and says what is wrong.
 */
public final class ArticleConverter {
    /** Articles are text: 32 MiB of any of the formats is far beyond a long report with images. */
    public static final long DEFAULT_MAX_BYTES = 32L << 20;

    private final long maxBytes;
    private final Map<ArticleFormat, FormatConverter> converters = Map.of(
            ArticleFormat.TEXT, new PlainTextConverter(),
            ArticleFormat.MARKDOWN, new MarkdownConverter(),
            ArticleFormat.HTML, new HtmlConverter(),
            ArticleFormat.DOCX, new DocxConverter(),
            ArticleFormat.PDF, new PdfConverter());

    public ArticleConverter() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleConverter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Conversion convert(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Optional<ArticleFormat> format = ArticleFormat.ofFileName(name);
        if (format.isEmpty()) {
            return refused(file, "Parallax reads .txt, .md, .html, .docx and .pdf articles, not this kind of file");
        }
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return refused(file, "it is a folder");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return refused(file, tooLarge(size));
            }
            bytes = readAtMost(file, maxBytes);
            if (bytes == null) {
                return refused(file, tooLarge(-1));
            }
        } catch (NoSuchFileException absent) {
            return refused(file, "there is no such file");
        } catch (IOException unreadable) {
            return refused(file, "it cannot be read: " + unreadable.getMessage());
        }
        if (bytes.length == 0) {
            return refused(file, "the file is empty");
        }
        return convert(name, format.get(), bytes, file);
    }

    /** Converts bytes already in memory, named {@code fileName} in messages. */
    public Conversion convert(String fileName, byte[] bytes) {
        Optional<ArticleFormat> format = ArticleFormat.ofFileName(fileName);
        Path named = Path.of(fileName);
        if (format.isEmpty()) {
            return refused(named, "Parallax reads .txt, .md, .html, .docx and .pdf articles, not this kind of file");
        }
        if (bytes.length > maxBytes) {
            return refused(named, tooLarge(bytes.length));
        }
        if (bytes.length == 0) {
            return refused(named, "the file is empty");
        }
        return convert(fileName, format.get(), bytes, named);
    }

    private Conversion convert(String name, ArticleFormat format, byte[] bytes, Path file) {
        String text;
        try {
            text = TextCleanup.clean(converters.get(format).toText(bytes));
        } catch (Rejected rejected) {
            return refused(file, rejected.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError parserFailure) {
            return refused(file, "it cannot be read as " + format.label() + ": " + DocxConverter.reason(parserFailure));
        }
        if (text.isBlank()) {
            return refused(file, "it holds no text");
        }
        return new Conversion.Converted(format, text);
    }

    private String tooLarge(long size) {
        return (size >= 0 ? "it is " + megabytes(size) + ", over" : "it is over") + " the limit of "
                + megabytes(maxBytes) + " for an article";
    }

    private static String megabytes(long bytes) {
        return bytes >= (1L << 20) ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : bytes + " bytes";
    }

    /** Reads at most {@code limit} bytes; null when the file holds more (it grew since its size was asked). */
    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
            return in.read() >= 0 ? null : bytes;
        }
    }

    private static Conversion.Refused refused(Path file, String why) {
        return new Conversion.Refused(file + ": " + why + "; nothing was added");
    }
}
