package org.parallax.io.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.io.SourceFolder;
import org.parallax.io.SourceText;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;
import org.parallax.model.Theme;

/**
 * Turns a REFI-QDA project or codebook into a model (decisions 0112, 0113). Top-level codes become themes and the
 * codes below them points (deeper codes become points titled with their path); a top-level code with no codes
 * below it becomes a point under the theme "Ungrouped codes"; a selection coded on a theme goes to that theme's
 * point "THEME (general)". Selections become quotes once their offsets are placed in the text under the
 * convention the file's selections confirm ({@link OffsetConvention}); what cannot be placed is reported by GUID.
 * A file Parallax wrote reads back with its ids, sides, framing notes and order (its {@link IdentityNote}).
 */
public final class RefiImporter {
    static final String UNGROUPED_THEME = "Ungrouped codes";
    private final RefiReader reader;

    public RefiImporter() {
        this(new RefiReader());
    }

    public RefiImporter(RefiReader reader) {
        this.reader = reader;
    }

    public ImportResult importFile(Path file) throws ImportError {
        RefiReader.Read read = reader.read(file);
        return new Assembly(read, file).build();
    }

    /** One import's state: ids handed out, the code map, the problems found. */
    private static final class Assembly {
        private final RefiProject project;
        private final Map<String, RefiReader.RawText> texts;
        private final Path file;
        private final List<String> problems;
        private final List<String> notices = new ArrayList<>();
        private final IdentityNote identity;
        private final boolean fromParallax;
        private final Slugs themeIds = new Slugs();
        private final Slugs pointIds = new Slugs();
        private final Slugs sourceIds = new Slugs();
        private final Slugs sideIds = new Slugs();
        /** The side each case stands for (a Parallax export's cases are its sides). */
        private final Map<String, String> sideIdByCase = new HashMap<>();
        private final Set<String> fileNames = new HashSet<>();

        private final List<Theme> themes = new ArrayList<>();
        /** Points in the order made, with the code GUIDs that map to them. */
        private final List<PointDraft> points = new ArrayList<>();
        private final Map<String, PointDraft> pointByCode = new HashMap<>();
        private final Map<String, String> themeGuidToId = new HashMap<>();
        private final Map<String, RefiProject.Code> generalCodes = new HashMap<>();

        Assembly(RefiReader.Read read, Path file) {
            this.project = read.project();
            this.texts = read.texts();
            this.file = file;
            this.problems = new ArrayList<>(read.problems());
            this.identity = findIdentity(project);
            this.fromParallax = RefiQda.ORIGIN.equals(project.origin()) && !identity.isEmpty();
        }

        private static IdentityNote findIdentity(RefiProject project) {
            for (RefiProject.Note note : project.notes().values()) {
                if (IdentityNote.NAME.equals(note.name())) {
                    return IdentityNote.parse(note.content());
                }
            }
            return new IdentityNote(List.of());
        }

        ImportResult build() {
            List<Side> sides = sides();
            codes(sides);
            List<Source> sources = new ArrayList<>();
            List<ImportedText> stored = new ArrayList<>();
            Map<String, String> sourceIdByGuid = new LinkedHashMap<>();
            List<RefiProject.TextSource> textSources = new ArrayList<>();
            for (RefiProject.TextSource refi : project.sources()) {
                if (sourceIdByGuid.containsKey(refi.guid())) {
                    problems.add(RefiReader.sourceLabel(refi) + ": has the same GUID as an earlier source; skipped");
                    continue;
                }
                textSources.add(refi);
                String id = idFor("source", refi.guid(), refi.name(), sourceIds, "source");
                sourceIdByGuid.put(refi.guid(), id);
            }
            for (RefiProject.TextSource refi : textSources) {
                sources.add(source(refi, sourceIdByGuid, stored));
            }
            for (String other : project.otherSources()) {
                problems.add(other + ": not a text source; Parallax imports text sources only");
            }
            Map<String, String> sideOfSelection = sideOfSelection();
            for (RefiProject.TextSource refi : textSources) {
                quotes(refi, sourceIdByGuid.get(refi.guid()), sideOfSelection);
            }
            List<Point> built = new ArrayList<>();
            List<PointDraft> ordered = new ArrayList<>(points);
            if (fromParallax) {
                ordered.sort(Comparator.comparingInt(draft -> identity.orderOf(draft.guid)));
            }
            Map<String, Integer> sourceOrder = new HashMap<>();
            for (int i = 0; i < sources.size(); i++) {
                sourceOrder.put(sources.get(i).id(), i);
            }
            for (PointDraft draft : ordered) {
                built.add(draft.build(fromParallax, identity, sourceOrder));
            }
            String title = project.name() == null || project.name().isBlank()
                    ? stripExtension(file.getFileName().toString()) : project.name();
            Model model = new Model(Model.SCHEMA_VERSION, title, sides, themes, sources, built);
            return new ImportResult(model, stored, notices, problems);
        }

        private List<Side> sides() {
            List<Side> sides = new ArrayList<>();
            if (!fromParallax) {
                return sides;
            }
            List<RefiProject.Case> cases = new ArrayList<>(project.cases());
            cases.sort(Comparator.comparingInt(c -> identity.orderOf(c.guid())));
            for (RefiProject.Case refiCase : cases) {
                String listed = identity.idOf("side", refiCase.guid());
                if (listed == null || sideIdByCase.containsKey(refiCase.guid())) {
                    continue;
                }
                // an id that is no slug (a hand-edited note) gives way to one made from the case's name
                String id = org.parallax.model.Ids.isSlug(listed) && sideIds.reserve(listed) ? listed
                        : sideIds.from(refiCase.name(), "side");
                sideIdByCase.put(refiCase.guid(), id);
                sides.add(new Side(id, label(refiCase.name(), id)));
            }
            return sides;
        }

        private Map<String, String> sideOfSelection() {
            Map<String, String> sideOf = new HashMap<>();
            for (RefiProject.Case refiCase : project.cases()) {
                String id = sideIdByCase.get(refiCase.guid());
                if (id == null) {
                    continue;
                }
                for (String selection : refiCase.selectionRefs()) {
                    sideOf.putIfAbsent(selection, id);
                }
            }
            return sideOf;
        }

        private String idFor(String kind, String guid, String name, Slugs slugs, String fallback) {
            String listed = fromParallax ? identity.idOf(kind, guid) : null;
            if (listed != null && org.parallax.model.Ids.isSlug(listed) && slugs.reserve(listed)) {
                return listed;
            }
            return slugs.from(name, fallback);
        }

        private void codes(List<Side> sides) {
            List<RefiProject.Code> leaves = new ArrayList<>();
            for (RefiProject.Code top : project.codes()) {
                if (top.children().isEmpty() && !(fromParallax && identity.idOf("theme", top.guid()) != null)) {
                    leaves.add(top);
                    continue;
                }
                String themeId = idFor("theme", top.guid(), top.name(), themeIds, "theme");
                themeGuidToId.put(top.guid(), themeId);
                themes.add(new Theme(themeId, label(top.name(), "Theme " + (themes.size() + 1)),
                        blankToNull(top.description())));
                generalCodes.put(top.guid(), top);
                for (RefiProject.Code child : top.children()) {
                    point(child, themeId, "", sides);
                }
            }
            if (!leaves.isEmpty()) {
                String themeId = themeIds.from(UNGROUPED_THEME, "codes");
                themes.add(new Theme(themeId, UNGROUPED_THEME,
                        "Top-level codes of the imported codebook that have no codes below them"));
                for (RefiProject.Code leaf : leaves) {
                    point(leaf, themeId, "", sides);
                }
            }
        }

        private void point(RefiProject.Code code, String themeId, String path, List<Side> sides) {
            String name = label(code.name(), "Code " + code.guid());
            String title = path.isEmpty() ? name : path + " › " + name;
            String id = idFor("point", code.guid(), title, pointIds, "point");
            PointDraft draft = new PointDraft(code.guid(), id, themeId, title,
                    ClaimsText.parse(code.description(), sides));
            points.add(draft);
            pointByCode.put(code.guid(), draft);
            for (RefiProject.Code child : code.children()) {
                point(child, themeId, title, sides);
            }
        }

        /** The point of a selection coded on a theme: made on first use. */
        private PointDraft generalPoint(String themeGuid) {
            String key = "general:" + themeGuid;
            PointDraft existing = pointByCode.get(key);
            if (existing != null) {
                return existing;
            }
            RefiProject.Code theme = generalCodes.get(themeGuid);
            String title = label(theme.name(), "Theme") + " (general)";
            PointDraft draft = new PointDraft(key, pointIds.from(title, "point"), themeGuidToId.get(themeGuid), title,
                    Map.of());
            points.add(draft);
            pointByCode.put(key, draft);
            return draft;
        }

        private Source source(RefiProject.TextSource refi, Map<String, String> idByGuid, List<ImportedText> stored) {
            String id = idByGuid.get(refi.guid());
            Map<String, String> values = new HashMap<>();
            for (Map.Entry<String, String> value : refi.variableValues().entrySet()) {
                String known = SourceVariables.known(project.variables().get(value.getKey()));
                if (known != null && !value.getValue().isBlank()) {
                    values.putIfAbsent(known, value.getValue());
                }
            }
            SourceKind kind = SourceKind.ORIGINAL;
            String kindValue = values.get(SourceVariables.KIND);
            if (kindValue != null) {
                kind = SourceKind.fromId(kindValue.toLowerCase(java.util.Locale.ROOT)).orElse(null);
                if (kind == null) {
                    problems.add(RefiReader.sourceLabel(refi) + ": kind \"" + kindValue
                            + "\" is none of original, translation, summary, rewrite, commentary; read as original");
                    kind = SourceKind.ORIGINAL;
                }
            }
            LocalDate published = null;
            String date = values.get(SourceVariables.PUBLISHED);
            if (date != null) {
                try {
                    published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
                } catch (DateTimeParseException notIso) {
                    problems.add(RefiReader.sourceLabel(refi) + ": published \"" + date
                            + "\" is not an ISO date (YYYY-MM-DD); left out");
                }
            }
            String derivedFrom = values.get(SourceVariables.DERIVED_FROM);
            if (derivedFrom != null && !idByGuid.containsValue(derivedFrom)) {
                String byTitle = null;
                for (RefiProject.TextSource other : project.sources()) {
                    if (derivedFrom.equals(other.name())) {
                        byTitle = idByGuid.get(other.guid());
                    }
                }
                if (byTitle == null) {
                    problems.add(RefiReader.sourceLabel(refi) + ": derived from \"" + derivedFrom
                            + "\", which is no source of this project; left out");
                }
                derivedFrom = byTitle;
            }
            if (id.equals(derivedFrom)) {
                derivedFrom = null;
            }
            String fileName = null;
            String sha256 = null;
            RefiReader.RawText text = texts.get(refi.guid());
            if (text != null) {
                fileName = fileName(values.get(SourceVariables.FILE), id);
                byte[] bytes = text.bytes();
                String recorded = values.get(SourceVariables.SHA256);
                if (!text.hadBom() && recorded != null && !recorded.equals(SourceFolder.sha256(bytes))) {
                    byte[] withBom = withBom(bytes);
                    if (recorded.equals(SourceFolder.sha256(withBom))) {
                        bytes = withBom; // the article had a byte order mark, which the export leaves out
                    }
                }
                stored.add(new ImportedText(fileName, bytes));
                sha256 = SourceFolder.sha256(bytes);
            }
            return new Source(id, label(refi.name(), "Source " + id), values.get(SourceVariables.AUTHOR),
                    values.get(SourceVariables.PUBLISHER), kind, values.get(SourceVariables.LANGUAGE),
                    values.get(SourceVariables.URL), published, derivedFrom, fileName, sha256,
                    values.get(SourceVariables.SHORT_NAME));
        }

        private String fileName(String wanted, String id) {
            String name = wanted != null && wanted.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,120}") ? wanted : id + ".txt";
            String unique = name;
            for (int n = 2; !fileNames.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
                unique = id + "-" + n + ".txt";
            }
            return unique;
        }

        private void quotes(RefiProject.TextSource refi, String sourceId, Map<String, String> sideOf) {
            if (refi.selections().isEmpty()) {
                return;
            }
            RefiReader.RawText raw = texts.get(refi.guid());
            if (raw == null) {
                for (RefiProject.Selection selection : refi.selections()) {
                    problems.add("selection " + selection.guid() + " in " + RefiReader.sourceLabel(refi)
                            + ": the source has no text to place it in; skipped");
                }
                return;
            }
            SourceText text = new SourceText(raw.text());
            Placement placement = Placement.choose(raw, refi.selections());
            if (!placement.convention().equals(OffsetConvention.STANDARD)) {
                notices.add(RefiReader.sourceLabel(refi) + ": offsets counted in " + placement.convention().describe()
                        + " (" + placement.confirmed() + " of " + refi.selections().size()
                        + " selections confirm it by their text); converted to code points");
            }
            Set<String> seen = new HashSet<>();
            for (RefiProject.Selection selection : refi.selections()) {
                String where = "selection " + selection.guid() + " in " + RefiReader.sourceLabel(refi);
                if (selection.codeRefs().isEmpty()) {
                    problems.add(where + ": coded with no code; skipped");
                    continue;
                }
                int start = placement.position(selection.start());
                int end = placement.position(selection.end());
                if (start < 0 || end < 0 || end <= start) {
                    problems.add(where + ": [" + selection.start() + ", " + selection.end()
                            + ") cannot be placed in the text (" + text.codePointCount() + " code points, "
                            + placement.convention().describe() + "); skipped");
                    continue;
                }
                String excerpt = text.slice(start, end);
                if (!Placement.agrees(selection.name(), excerpt)) {
                    problems.add(where + ": its name reads \"" + shorten(selection.name()) + "\" but ["
                            + selection.start() + ", " + selection.end() + ") reads \"" + shorten(excerpt)
                            + "\"; skipped rather than guessed");
                    continue;
                }
                for (String codeGuid : selection.codeRefs()) {
                    PointDraft point = pointByCode.get(codeGuid);
                    if (point == null && generalCodes.containsKey(codeGuid)) {
                        point = generalPoint(codeGuid);
                    }
                    if (point == null) {
                        problems.add(where + ": its code " + codeGuid + " is not in the codebook; not coded there");
                        continue;
                    }
                    if (!seen.add(point.id + "|" + start + "|" + end)) {
                        continue; // the same span coded twice with one code
                    }
                    point.add(sourceId, new Quote(excerpt, start, end, sideOf.get(selection.guid()),
                                    occurrence(selection.guid())), selection.noteRefs(), project.notes(),
                            fromParallax ? null : selection.description());
                }
            }
        }

        /** A quote's {@code occurrence}, which only Parallax's identity note carries. */
        private Integer occurrence(String selectionGuid) {
            String listed = fromParallax ? identity.idOf("quote", selectionGuid) : null;
            if (listed == null) {
                return null;
            }
            try {
                int occurrence = Integer.parseInt(listed);
                return occurrence >= 1 ? occurrence : null;
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }

        private static String label(String name, String fallback) {
            return name == null || name.isBlank() ? fallback : name;
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }

        private static String stripExtension(String name) {
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }

        private static byte[] withBom(byte[] bytes) {
            byte[] result = new byte[bytes.length + 3];
            result[0] = (byte) 0xEF;
            result[1] = (byte) 0xBB;
            result[2] = (byte) 0xBF;
            System.arraycopy(bytes, 0, result, 3, bytes.length);
            return result;
        }
    }

    static String shorten(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }

    /** A point being assembled: its framings grow as selections are placed. */
    private static final class PointDraft {
        final String guid;
        final String id;
        final String theme;
        final String title;
        final Map<String, String> claims;
        final Map<String, List<Quote>> quotesBySource = new LinkedHashMap<>();
        final Map<String, FramingNote> noteBySource = new HashMap<>();
        final Map<String, List<String>> memosBySource = new HashMap<>();

        PointDraft(String guid, String id, String theme, String title, Map<String, String> claims) {
            this.guid = guid;
            this.id = id;
            this.theme = theme;
            this.title = title;
            this.claims = claims;
        }

        /**
         * Adds a placed quote. The framing's fields come from the first note its selections refer to that reads as
         * a framing note; a selection's memo ({@code memo}, another tool's coding comment) is added to the
         * framing's note, each distinct memo once.
         */
        void add(String sourceId, Quote quote, List<String> noteRefs, Map<String, RefiProject.Note> notes,
                 String memo) {
            quotesBySource.computeIfAbsent(sourceId, s -> new ArrayList<>()).add(quote);
            if (!noteBySource.containsKey(sourceId)) {
                for (String ref : noteRefs) {
                    RefiProject.Note note = notes.get(ref);
                    if (note != null) {
                        FramingNote parsed = FramingNote.parse(note.content());
                        if (!parsed.isEmpty()) {
                            noteBySource.put(sourceId, parsed);
                            break;
                        }
                    }
                }
            }
            if (memo != null && !memo.isBlank()) {
                List<String> memos = memosBySource.computeIfAbsent(sourceId, s -> new ArrayList<>());
                if (!memos.contains(memo.strip())) {
                    memos.add(memo.strip());
                }
            }
        }

        Point build(boolean fromParallax, IdentityNote identity, Map<String, Integer> sourceOrder) {
            List<String> order = new ArrayList<>(quotesBySource.keySet());
            if (fromParallax) {
                order.sort(Comparator.comparingInt(source -> identity.orderOf(RefiQda.guid("framing", id, source))));
            } else {
                order.sort(Comparator.comparingInt(source -> sourceOrder.getOrDefault(source, Integer.MAX_VALUE)));
            }
            List<Framing> framings = new ArrayList<>();
            for (String source : order) {
                List<Quote> quotes = new ArrayList<>(quotesBySource.get(source));
                if (!fromParallax) {
                    quotes.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
                }
                FramingNote note = noteBySource.getOrDefault(source, FramingNote.NONE);
                String text = note.note();
                List<String> memos = memosBySource.get(source);
                if (memos != null) {
                    text = (text == null ? "" : text + "\n") + String.join("\n", memos);
                }
                framings.add(new Framing(source, note.speaker(), note.stance(), note.certainty(), note.frame(), quotes,
                        text));
            }
            return new Point(id, theme, title, claims, framings);
        }
    }
}
