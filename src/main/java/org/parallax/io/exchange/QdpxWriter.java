package org.parallax.io.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.parallax.io.SourceText;
import org.parallax.model.Model;
import org.parallax.model.Source;

/**
 * Writes a REFI-QDA project archive ({@code .qdpx}): {@code project.qde} and, for each source whose text is
 * given, {@code sources/GUID.txt} holding the text as offsets count it (UTF-8, no BOM, line ends as stored), so
 * every selection's code-point offsets are the model's. Entries carry a fixed time: the same model and texts give
 * the same bytes.
 */
public final class QdpxWriter {
    /** 1 January 2000: entries need a time, and a fixed one keeps exports byte-identical. */
    private static final long ENTRY_TIME = 946_684_800_000L;
    public static final String PROJECT_ENTRY = "project.qde";

    private QdpxWriter() {
    }

    /** {@code texts} maps source ids to their texts; sources without one are written without text. */
    public static void write(Model model, Map<String, SourceText> texts, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(entry(PROJECT_ENTRY));
        Writer qde = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        ProjectXmlWriter.writeProject(model, texts.keySet(), qde);
        qde.flush();
        zip.closeEntry();
        for (Source source : model.sources()) {
            SourceText text = texts.get(source.id());
            if (text != null) {
                zip.putNextEntry(entry(RefiQda.SOURCES_FOLDER + ProjectXmlWriter.textEntry(source)));
                zip.write(text.text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        zip.finish(); // not closed: the caller owns the stream (an atomic writer still forces it to disk)
        zip.flush();
    }

    /** A {@code .qdc}: the codebook alone, UTF-8 XML. */
    public static void writeCodebook(Model model, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        ProjectXmlWriter.writeCodebook(model, writer);
        writer.flush();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        return entry;
    }
}
