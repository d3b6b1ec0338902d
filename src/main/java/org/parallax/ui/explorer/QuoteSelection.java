package org.parallax.ui.explorer;

import java.util.Collection;
import java.util.HashSet;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.parallax.analysis.filter.QuoteRow;

/**
 * The ticked quotes. Bulk changes bump {@link #versionProperty()} once, so check-box cells listen to one counter
 * instead of one listener per row (ticking 100,000 shown quotes costs one refresh of the visible cells).
 */
public final class QuoteSelection {
    private final ObservableSet<QuoteRow> items = FXCollections.observableSet(new HashSet<>());
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
    private boolean bulk;

    public QuoteSelection() {
        items.addListener((SetChangeListener<QuoteRow>) change -> {
            if (!bulk) {
                changed();
            }
        });
    }

    private void changed() {
        size.set(items.size());
        version.set(version.get() + 1);
    }

    public ObservableSet<QuoteRow> items() {
        return items;
    }

    public boolean contains(QuoteRow row) {
        return items.contains(row);
    }

    public void toggle(QuoteRow row) {
        if (!items.remove(row)) {
            items.add(row);
        }
    }

    public void set(QuoteRow row, boolean ticked) {
        if (ticked) {
            items.add(row);
        } else {
            items.remove(row);
        }
    }

    public void addAll(Collection<? extends QuoteRow> rows) {
        bulk(() -> items.addAll(rows));
    }

    public void removeAll(Collection<? extends QuoteRow> rows) {
        bulk(() -> items.removeAll(new HashSet<>(rows)));
    }

    public void clear() {
        bulk(items::clear);
    }

    private void bulk(Runnable change) {
        bulk = true;
        try {
            change.run();
        } finally {
            bulk = false;
        }
        changed();
    }

    public int size() {
        return items.size();
    }

    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }
}
