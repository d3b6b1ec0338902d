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

    private static Optional<File> initial(Path folder) {
        return folder != null && Files.isDirectory(folder) ? Optional.of(folder.toFile()) : Optional.empty();
    }
}
