package org.parallax.io.convert;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.model.Ids;
import org.parallax.model.Model;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;

/**
 * The metadata a user gives for a new article (the window's form, {@code add-source}'s options), every field
 * optional but checked against the model before anything is written. {@link #check} lists what is wrong as
 * messages naming the field; {@link #toSource} makes the source once the text is stored.
 */
public record SourceDraft(String id, String title, String author, String publisher, String url, String published,
                          String kind, String derivedFrom) {

    public static SourceDraft empty() {
        return new SourceDraft(null, null, null, null, null, null, null, null);
    }

    /** What is wrong with the draft for this model; empty when it can be added. */
    public List<String> check(Model model) {
        List<String> problems = new ArrayList<>();
        if (present(id)) {
            if (!Ids.isSlug(id)) {
                problems.add("id \"" + id + "\" is not an id: lowercase letters and digits joined by hyphens");
            } else if (model.source(id).isPresent()) {
                problems.add("id \"" + id + "\" is taken: the model already has a source with that id");
            }
        }
        if (present(published)) {
            try {
                LocalDate.parse(published.strip());
            } catch (DateTimeParseException notIso) {
                problems.add("published \"" + published + "\" is not an ISO date (YYYY-MM-DD)");
            }
        }
        if (present(kind) && SourceKind.fromId(kind.strip().toLowerCase(Locale.ROOT)).isEmpty()) {
            problems.add("kind \"" + kind + "\" is not one of original, translation, summary, rewrite, commentary");
        }
        if (present(derivedFrom) && model.source(derivedFrom.strip()).isEmpty()) {
            problems.add("derived from \"" + derivedFrom + "\": the model has no such source (known: "
                    + String.join(", ", model.sources().stream().map(Source::id).toList()) + ")");
        }
        return problems;
    }

    /** The id to use: the one given, else one made from the title or the file name, unique in the model. */
    public String idFor(Model model, String text, String fileName) {
        if (present(id)) {
            return id.strip();
        }
        String base = slug(titleFor(text, fileName));
        if (base.length() > 48) {
            base = base.substring(0, 48).replaceAll("-[a-z0-9]*$", "");
        }
        if (base.isEmpty()) {
            base = "article";
        }
        String candidate = base;
        for (int n = 2; model.source(candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** The title given, else the article's first line when it reads like a title, else the file name's stem. */
    public String titleFor(String text, String fileName) {
        if (present(title)) {
            return title.strip();
        }
        String first = text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
        if (!first.isEmpty() && first.length() <= 150) {
            return first;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    public Source toSource(String sourceId, String text, String fileName, StoredArticle stored) {
        SourceKind sourceKind = present(kind) ? SourceKind.fromId(kind.strip().toLowerCase(Locale.ROOT)).orElseThrow()
                : SourceKind.ORIGINAL;
        return new Source(sourceId, titleFor(text, fileName), blankToNull(author), blankToNull(publisher), sourceKind,
                null, blankToNull(url), present(published) ? LocalDate.parse(published.strip()) : null,
                blankToNull(derivedFrom), stored.file(), stored.sha256());
    }

    static String slug(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return present(value) ? value.strip() : null;
    }

    public Optional<String> idIfGiven() {
        return present(id) ? Optional.of(id.strip()) : Optional.empty();
    }
}
