package org.parallax.io.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Model;
import org.parallax.model.Source;

/**
 * Adding an article to a model, the part the command line and the window share: check the metadata, convert the
 * file, store its text in the model's {@code sources/} folder, and make the {@link Source} (with {@code file} and
 * {@code sha256}). The caller adds the source to the model (an edit) and saves. Nothing is stored when anything is
 * wrong; the outcome says what.
 */
public final class ArticleImport {
    /** The article was stored; {@code source} is ready to be added to the model. */
    public record Imported(Source source, StoredArticle stored, ArticleFormat format) {
    }

    /** Why nothing was added: one message per problem, each naming the file or the field. */
    public static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        public Refusal(List<String> problems) {
            super(String.join("; ", problems), null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private final ArticleConverter converter;
    private final ArticleStore store;

    public ArticleImport() {
        this(new ArticleConverter(), new ArticleStore());
    }

    public ArticleImport(ArticleConverter converter, ArticleStore store) {
        this.converter = converter;
        this.store = store;
    }

    public Imported importArticle(Path modelFile, Model model, Path article, SourceDraft draft)
            throws Refusal, IOException {
        List<String> problems = draft.check(model);
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Conversion conversion = converter.convert(article);
        if (conversion instanceof Conversion.Refused refused) {
            throw new Refusal(List.of(refused.message()));
        }
        Conversion.Converted converted = (Conversion.Converted) conversion;
        String fileName = article.getFileName().toString();
        String id = draft.idFor(model, converted.text(), fileName);
        Set<String> taken = new HashSet<>();
        for (Source source : model.sources()) {
            if (source.file() != null) {
                taken.add(source.file());
            }
        }
        StoredArticle stored = store.store(modelFile, id, converted.text(), taken);
        return new Imported(draft.toSource(id, converted.text(), fileName, stored), stored, converted.format());
    }
}
