package org.parallax.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Native choosers owned by the main window. */
public final class FxFileChooserService implements FileChooserService {
    private final Supplier<Window> owner;

    public FxFileChooserService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseModelFile(Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open model");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Parallax model (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        initial(initialFolder).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String description, java.util.List<String> patterns,
                                         Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, patterns),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        initial(initialFolder).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        initial(initialFolder).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        initial(initialFolder).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseArticleFile(Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add article");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Articles",
                org.parallax.io.convert.ArticleFormat.patterns()), new FileChooser.ExtensionFilter("All files", "*.*"));
        initial(initialFolder).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    /**
     * Where a chooser opens: the folder given, else its nearest existing parent, else the working folder. Never
     * nothing: GTK's chooser then opens in "Recent", where a typed path cannot be opened.
     */
    static Optional<File> initial(Path folder) {
        Path at = folder == null ? null : folder.toAbsolutePath();
        while (at != null && !Files.isDirectory(at)) {
            at = at.getParent();
        }
        if (at == null) {
            at = Path.of(System.getProperty("user.dir", System.getProperty("user.home", "."))).toAbsolutePath();
        }
        return Optional.of(at.toFile());
    }
}
