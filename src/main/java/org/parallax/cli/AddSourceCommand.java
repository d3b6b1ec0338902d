package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.edit.DiskStamp;
import org.parallax.edit.EditRejected;
import org.parallax.edit.ModelSaver;
import org.parallax.edit.SourceEdits;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.io.convert.ArticleImport;
import org.parallax.io.convert.SourceDraft;
import org.parallax.model.Model;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax add-source MODEL FILE [--id ID --title T ...]}: converts an article and adds it as a source. */
@Command(name = "add-source", mixinStandardHelpOptions = true,
        description = {"Convert FILE (.txt, .md, .html, .docx, .pdf) to UTF-8 plain text, store it in the sources/ "
                + "folder beside MODEL and add it to MODEL as a source with its file and sha256. MODEL is rewritten "
                + "atomically; its previous version is kept as MODEL.bak.",
                "Exit 0 when the source was added, 1 when the file or the metadata is refused (nothing is added), "
                + "2 on a usage error."})
public final class AddSourceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (JSON).")
    Path modelFile;

    @Parameters(index = "1", paramLabel = "FILE", description = "The article: .txt, .md, .html, .docx or .pdf.")
    Path article;

    @Option(names = "--id", paramLabel = "ID", description = "The source's id (default: made from the title).")
    String id;

    @Option(names = "--title", paramLabel = "T", description = "Title (default: the article's first line).")
    String title;

    @Option(names = "--author", paramLabel = "A")
    String author;

    @Option(names = "--publisher", paramLabel = "P")
    String publisher;

    @Option(names = "--url", paramLabel = "U")
    String url;

    @Option(names = "--published", paramLabel = "DATE", description = "ISO date, YYYY-MM-DD.")
    String published;

    @Option(names = "--kind", paramLabel = "K",
            description = "original (default), translation, summary, rewrite or commentary.")
    String kind;

    @Option(names = "--derived-from", paramLabel = "ID", description = "The source this one retells.")
    String derivedFrom;

    @Mixin
    VerboseOption verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        DiskStamp stamp = DiskStamp.of(modelFile.toAbsolutePath());
        LoadResult loaded = new ModelLoader().load(modelFile);
        if (!loaded.isValid()) {
            ProblemPrinter.print(loaded.problems(), err);
            throw new UserError("add-source: " + modelFile + " cannot be read: "
                    + ProblemPrinter.tally(loaded.problems()) + "; nothing was added");
        }
        Model model = loaded.model();
        SourceDraft draft = new SourceDraft(id, title, author, publisher, url, published, kind, derivedFrom);
        ArticleImport importer = new ArticleImport();
        ArticleImport.Imported imported;
        try {
            imported = importer.importArticle(modelFile, model, article, draft);
        } catch (ArticleImport.Refusal refusal) {
            throw new UserError("add-source: " + String.join("\nadd-source: ", refusal.problems()));
        }
        try {
            Model added = new SourceEdits.AddSource(imported.source()).apply(model);
            new ModelSaver().save(added, modelFile, stamp);
        } catch (EditRejected | ModelSaver.ChangedOnDisk | IOException | RuntimeException failed) {
            new org.parallax.io.convert.ArticleStore().discard(modelFile, imported.stored());
            throw new UserError("add-source: " + failed.getMessage() + "; nothing was added");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("added source " + imported.source().id() + " (" + imported.format().label() + ", "
                + imported.stored().text().codePointCount(0, imported.stored().text().length()) + " characters) as "
                + org.parallax.io.convert.ArticleStore.FOLDER + "/" + imported.stored().file());
        out.flush();
        return ParallaxCommand.OK;
    }
}
