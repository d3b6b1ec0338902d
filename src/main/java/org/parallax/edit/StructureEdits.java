package org.parallax.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Theme;

/** The comparison's frame: its title, sides, themes and points (before any article makes them). */
public final class StructureEdits {
    private StructureEdits() {
    }

    public record SetTitle(String title) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            requireText("title", title);
            return Models.withTitle(model, title.strip());
        }

        @Override
        public String label() {
            return "rename the comparison";
        }
    }

    public record AddSide(Side side) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            Models.requireNewId("side", side.id(), model.side(side.id()).isPresent());
            requireText("side label", side.label());
            return Models.withSides(model, Models.append(model.sides(), side));
        }

        @Override
        public String label() {
            return "add side " + side.id();
        }
    }

    /** Changes a side's label (its id stays: claims and quotes name it). */
    public record RenameSide(String sideId, String label) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            int index = Models.indexOfSide(model, sideId);
            requireText("side label", label);
            return Models.withSides(model, Models.replaceAt(model.sides(), index, new Side(sideId, label.strip())));
        }

        @Override
        public String label() {
            return "rename side " + sideId;
        }
    }

    /** Removes a side no claim and no quote names (else refused, saying how many do). */
    public record RemoveSide(String sideId) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            int index = Models.indexOfSide(model, sideId);
            int uses = 0;
            for (Point point : model.points()) {
                if (point.claims().containsKey(sideId)) {
                    uses++;
                }
                for (Framing framing : point.framings()) {
                    for (Quote quote : framing.quotes()) {
                        if (sideId.equals(quote.side())) {
                            uses++;
                        }
                    }
                }
            }
            if (uses > 0) {
                throw new EditRejected("side \"" + sideId + "\" is named by " + uses
                        + " claims and quotes; change them first");
            }
            return Models.withSides(model, Models.removeAt(model.sides(), index));
        }

        @Override
        public String label() {
            return "remove side " + sideId;
        }
    }

    public record AddTheme(Theme theme) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            Models.requireNewId("theme", theme.id(), model.theme(theme.id()).isPresent());
            requireText("theme label", theme.label());
            return Models.withThemes(model, Models.append(model.themes(), theme));
        }

        @Override
        public String label() {
            return "add theme " + theme.id();
        }
    }

    /** Changes a theme's label and description (its id stays). */
    public record UpdateTheme(Theme theme) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            int index = Models.indexOfTheme(model, theme.id());
            requireText("theme label", theme.label());
            return Models.withThemes(model, Models.replaceAt(model.themes(), index, theme));
        }

        @Override
        public String label() {
            return "edit theme " + theme.id();
        }
    }

    /** Removes a theme no point is under (else refused, saying how many are). */
    public record RemoveTheme(String themeId) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            int index = Models.indexOfTheme(model, themeId);
            long under = model.points().stream().filter(p -> p.theme().equals(themeId)).count();
            if (under > 0) {
                throw new EditRejected("theme \"" + themeId + "\" still has " + under
                        + " points; move or remove them first");
            }
            return Models.withThemes(model, Models.removeAt(model.themes(), index));
        }

        @Override
        public String label() {
            return "remove theme " + themeId;
        }
    }

    /** A new point, with or without framings (a point no article makes yet). */
    public record AddPoint(Point point) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            Models.requireNewId("point", point.id(), model.point(point.id()).isPresent());
            requirePointFields(model, point.theme(), point.title(), point.claims());
            return Models.withPoints(model, Models.append(model.points(), point));
        }

        @Override
        public String label() {
            return "add point " + point.id();
        }
    }

    /** Changes a point's theme, title and claims; its framings stay. */
    public record UpdatePoint(String pointId, String theme, String title, Map<String, String> claims)
            implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            int index = Models.indexOfPoint(model, pointId);
            requirePointFields(model, theme, title, claims);
            Point old = model.points().get(index);
            Map<String, String> kept = new LinkedHashMap<>();
            claims.forEach((side, claim) -> {
                if (claim != null && !claim.isBlank()) {
                    kept.put(side, claim.strip());
                }
            });
            return Models.withPoints(model, Models.replaceAt(model.points(), index,
                    new Point(pointId, theme, title.strip(), kept, old.framings())));
        }

        @Override
        public String label() {
            return "edit point " + pointId;
        }
    }

    /** Removes a point with its framings and quotes. */
    public record RemovePoint(String pointId) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            return Models.withPoints(model, Models.removeAt(model.points(), Models.indexOfPoint(model, pointId)));
        }

        @Override
        public String label() {
            return "remove point " + pointId;
        }
    }

    /** Several edits as one step of undo (accepting a "new point?" adds the point and its quote). */
    public record Together(String label, List<Edit> edits) implements Edit {
        public Together {
            edits = List.copyOf(edits);
        }

        @Override
        public Model apply(Model model) throws EditRejected {
            Model result = model;
            for (Edit edit : edits) {
                result = edit.apply(result);
            }
            return result;
        }
    }

    private static void requirePointFields(Model model, String theme, String title, Map<String, String> claims)
            throws EditRejected {
        if (model.theme(theme).isEmpty()) {
            throw new EditRejected("the model has no theme \"" + theme + "\"");
        }
        requireText("point title", title);
        for (String side : claims.keySet()) {
            if (model.side(side).isEmpty()) {
                throw new EditRejected("a claim names side \"" + side + "\", which the model does not have");
            }
        }
    }

    static void requireText(String what, String text) throws EditRejected {
        if (text == null || text.isBlank()) {
            throw new EditRejected("the " + what + " may not be empty");
        }
    }
}
