package org.parallax.io.exchange;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.Theme;

/**
 * Writes a model as QDA-XML: the whole project ({@code project.qde}) or the codebook alone ({@code .qdc}).
 * Themes are top-level codes (not codable: a category), their points codes below them with the theme's colour
 * and the claims as description; sources are {@code TextSource}s with their variables; each quote a
 * {@code PlainTextSelection} (code-point offsets, the quote as its name) coded with its point and referring to
 * its framing's note; sides are cases holding their quotes. Deterministic: no dates, GUIDs derived from ids.
 */
public final class ProjectXmlWriter {
    private ProjectXmlWriter() {
    }

    /** File name inside the archive of a source's text. */
    public static String textEntry(Source source) {
        return sourceGuid(source) + ".txt";
    }

    static String themeGuid(Theme theme) {
        return RefiQda.guid("theme", theme.id());
    }

    static String pointGuid(Point point) {
        return RefiQda.guid("point", point.id());
    }

    static String sourceGuid(Source source) {
        return RefiQda.guid("source", source.id());
    }

    static String sideGuid(Side side) {
        return RefiQda.guid("side", side.id());
    }

    static String framingGuid(Point point, Framing framing) {
        return RefiQda.guid("framing", point.id(), framing.source());
    }

    static String quoteGuid(Point point, Framing framing, int index) {
        return RefiQda.guid("quote", point.id(), framing.source(), Integer.toString(index));
    }

    /** {@code project.qde}: {@code withText} are the ids of the sources whose text the archive holds. */
    public static void writeProject(Model model, Set<String> withText, Writer writer) throws IOException {
        XmlOut xml = new XmlOut(writer);
        xml.start("Project").attribute("xmlns", RefiQda.PROJECT_NS).attribute("name", model.title())
                .attribute("origin", RefiQda.ORIGIN);
        writeCodes(xml, model);
        List<String> variables = SourceVariables.used(model.sources());
        if (!variables.isEmpty()) {
            xml.start("Variables");
            for (String name : variables) {
                xml.start("Variable").attribute("guid", variableGuid(name)).attribute("name", name)
                        .attribute("typeOfVariable", SourceVariables.isDate(name) ? "Date" : "Text").end();
            }
            xml.end();
        }
        writeSides(xml, model);
        if (!model.sources().isEmpty()) {
            Map<String, List<Coded>> bySource = new LinkedHashMap<>();
            for (Point point : model.points()) {
                for (Framing framing : point.framings()) {
                    bySource.computeIfAbsent(framing.source(), s -> new ArrayList<>()).add(new Coded(point, framing));
                }
            }
            xml.start("Sources");
            for (Source source : model.sources()) {
                writeSource(xml, source, bySource.getOrDefault(source.id(), List.of()), withText.contains(source.id()));
            }
            xml.end();
        }
        writeNotes(xml, model);
        xml.start("NoteRef").attribute("targetGUID", identityGuid()).end();
        xml.finish();
    }

    /** A {@code .qdc}: the codebook alone. */
    public static void writeCodebook(Model model, Writer writer) throws IOException {
        XmlOut xml = new XmlOut(writer);
        xml.start("CodeBook").attribute("xmlns", RefiQda.CODEBOOK_NS).attribute("origin", RefiQda.ORIGIN);
        if (model.themes().isEmpty()) {
            // Codes needs one Code; an empty codebook is a codebook without Codes
            xml.finish();
            return;
        }
        writeCodeList(xml, model);
        xml.finish();
    }

    private static void writeCodes(XmlOut xml, Model model) throws IOException {
        if (model.themes().isEmpty()) {
            return;
        }
        xml.start("CodeBook");
        writeCodeList(xml, model);
        xml.end();
    }

    private static void writeCodeList(XmlOut xml, Model model) throws IOException {
        Map<String, List<Point>> byTheme = new LinkedHashMap<>();
        for (Point point : model.points()) {
            byTheme.computeIfAbsent(point.theme(), theme -> new ArrayList<>()).add(point);
        }
        xml.start("Codes");
        for (int t = 0; t < model.themes().size(); t++) {
            Theme theme = model.themes().get(t);
            String colour = RefiQda.colour(t);
            xml.start("Code").attribute("guid", themeGuid(theme)).attribute("name", theme.label())
                    .attribute("isCodable", "false").attribute("color", colour);
            if (theme.description() != null) {
                xml.textElement("Description", theme.description());
            }
            for (Point point : byTheme.getOrDefault(theme.id(), List.of())) {
                xml.start("Code").attribute("guid", pointGuid(point)).attribute("name", point.title())
                        .attribute("isCodable", "true").attribute("color", colour);
                if (!point.claims().isEmpty()) {
                    xml.textElement("Description", ClaimsText.format(point.claims(), model.sides()));
                }
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }

    private static void writeSides(XmlOut xml, Model model) throws IOException {
        if (model.sides().isEmpty()) {
            return;
        }
        xml.start("Cases");
        for (Side side : model.sides()) {
            xml.start("Case").attribute("guid", sideGuid(side)).attribute("name", side.label());
            xml.textElement("Description", "Quotes about " + side.label() + " (a side of the comparison)");
            for (Point point : model.points()) {
                for (Framing framing : point.framings()) {
                    for (int q = 0; q < framing.quotes().size(); q++) {
                        if (side.id().equals(framing.quotes().get(q).side())) {
                            xml.start("SelectionRef").attribute("targetGUID", quoteGuid(point, framing, q)).end();
                        }
                    }
                }
            }
            xml.end();
        }
        xml.end();
    }

    /** A framing with its point: what a source's selections are written from. */
    private record Coded(Point point, Framing framing) {
    }

    private static void writeSource(XmlOut xml, Source source, List<Coded> coded, boolean hasText) throws IOException {
        xml.start("TextSource").attribute("guid", sourceGuid(source)).attribute("name", source.title());
        if (hasText) {
            xml.attribute("plainTextPath", RefiQda.INTERNAL + textEntry(source));
        } else {
            xml.textElement("Description", "The corpus retells this work without containing its text.");
        }
        for (Coded each : coded) {
            Point point = each.point();
            Framing framing = each.framing();
            String pointGuid = pointGuid(point);
            String noteGuid = framingGuid(point, framing);
            for (int q = 0; q < framing.quotes().size(); q++) {
                Quote quote = framing.quotes().get(q);
                xml.start("PlainTextSelection").attribute("guid", quoteGuid(point, framing, q))
                        .attribute("name", quote.text())
                        .attribute("startPosition", quote.start()).attribute("endPosition", quote.end());
                xml.start("Coding").attribute("guid", RefiQda.guid("coding", point.id(), framing.source(),
                        Integer.toString(q)));
                xml.start("CodeRef").attribute("targetGUID", pointGuid).end();
                xml.end();
                xml.start("NoteRef").attribute("targetGUID", noteGuid).end();
                xml.end();
            }
        }
        for (Map.Entry<String, String> value : SourceVariables.of(source).entrySet()) {
            xml.start("VariableValue");
            xml.start("VariableRef").attribute("targetGUID", variableGuid(value.getKey())).end();
            xml.textElement(SourceVariables.isDate(value.getKey()) ? "DateValue" : "TextValue", value.getValue());
            xml.end();
        }
        xml.end();
    }

    private static void writeNotes(XmlOut xml, Model model) throws IOException {
        xml.start("Notes");
        List<IdentityNote.Entry> ids = new ArrayList<>();
        for (Theme theme : model.themes()) {
            ids.add(new IdentityNote.Entry("theme", themeGuid(theme), List.of(theme.id())));
        }
        for (Point point : model.points()) {
            ids.add(new IdentityNote.Entry("point", pointGuid(point), List.of(point.id())));
        }
        for (Side side : model.sides()) {
            ids.add(new IdentityNote.Entry("side", sideGuid(side), List.of(side.id())));
        }
        for (Source source : model.sources()) {
            ids.add(new IdentityNote.Entry("source", sourceGuid(source), List.of(source.id())));
        }
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                ids.add(new IdentityNote.Entry("framing", framingGuid(point, framing),
                        List.of(point.id(), framing.source())));
            }
        }
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                for (int q = 0; q < framing.quotes().size(); q++) {
                    Integer occurrence = framing.quotes().get(q).occurrence();
                    if (occurrence != null) {
                        ids.add(new IdentityNote.Entry("quote", quoteGuid(point, framing, q),
                                List.of(occurrence.toString())));
                    }
                }
            }
        }
        xml.start("Note").attribute("guid", identityGuid()).attribute("name", IdentityNote.NAME);
        xml.textElement("PlainTextContent", new IdentityNote(ids).format());
        xml.end();
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                String title = model.source(framing.source()).map(Source::title).orElse(framing.source());
                xml.start("Note").attribute("guid", framingGuid(point, framing))
                        .attribute("name", title + " on " + point.title());
                xml.textElement("PlainTextContent", FramingNote.of(framing).format());
                xml.end();
            }
        }
        xml.end();
    }

    static String identityGuid() {
        return RefiQda.guid("note", "identifiers");
    }

    static String variableGuid(String name) {
        return RefiQda.guid("variable", name);
    }
}
