package org.parallax.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.Theme;

/** Copies of a model with one list replaced: the building block of every edit. */
final class Models {
    private Models() {
    }

    static Model withTitle(Model model, String title) {
        return new Model(model.schemaVersion(), title, model.sides(), model.themes(), model.sources(), model.points(), model.schema());
    }

    static Model withSides(Model model, List<Side> sides) {
        return new Model(model.schemaVersion(), model.title(), sides, model.themes(), model.sources(), model.points(), model.schema());
    }

    static Model withThemes(Model model, List<Theme> themes) {
        return new Model(model.schemaVersion(), model.title(), model.sides(), themes, model.sources(), model.points(), model.schema());
    }

    static Model withSources(Model model, List<Source> sources) {
        return new Model(model.schemaVersion(), model.title(), model.sides(), model.themes(), sources, model.points(), model.schema());
    }

    static Model withPoints(Model model, List<Point> points) {
        return new Model(model.schemaVersion(), model.title(), model.sides(), model.themes(), model.sources(), points, model.schema());
    }

    static Model withSourcesAndPoints(Model model, List<Source> sources, List<Point> points) {
        return new Model(model.schemaVersion(), model.title(), model.sides(), model.themes(), sources, points, model.schema());
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(item);
        return copy;
    }

    static <T> List<T> replaceAt(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, item);
        return copy;
    }

    static <T> List<T> removeAt(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    static <T> List<T> mapAll(List<T> list, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list.size());
        for (T item : list) {
            copy.add(change.apply(item));
        }
        return copy;
    }

    static int indexOfPoint(Model model, String pointId) throws EditRejected {
        List<Point> points = model.points();
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).id().equals(pointId)) {
                return i;
            }
        }
        throw new EditRejected("the model has no point \"" + pointId + "\"");
    }

    static int indexOfSource(Model model, String sourceId) throws EditRejected {
        List<Source> sources = model.sources();
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(sourceId)) {
                return i;
            }
        }
        throw new EditRejected("the model has no source \"" + sourceId + "\"");
    }

    static int indexOfTheme(Model model, String themeId) throws EditRejected {
        List<Theme> themes = model.themes();
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i).id().equals(themeId)) {
                return i;
            }
        }
        throw new EditRejected("the model has no theme \"" + themeId + "\"");
    }

    static int indexOfSide(Model model, String sideId) throws EditRejected {
        List<Side> sides = model.sides();
        for (int i = 0; i < sides.size(); i++) {
            if (sides.get(i).id().equals(sideId)) {
                return i;
            }
        }
        throw new EditRejected("the model has no side \"" + sideId + "\"");
    }

    static void requireNewId(String kind, String id, boolean taken) throws EditRejected {
        if (!org.parallax.model.Ids.isSlug(id)) {
            throw new EditRejected(kind + " id \"" + id + "\" is not an id: lowercase letters and digits joined by "
                    + "hyphens");
        }
        if (taken) {
            throw new EditRejected("the model already has a " + kind + " \"" + id + "\"");
        }
    }
}
