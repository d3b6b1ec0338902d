package org.parallax.edit;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Source;

/** Adding, changing and removing sources. */
public final class SourceEdits {
    private SourceEdits() {
    }

    /** Appends a source (an added article). */
    public record AddSource(Source source) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            Models.requireNewId("source", source.id(), model.source(source.id()).isPresent());
            requireDerivedFromKnown(model, source);
            return Models.withSources(model, Models.append(model.sources(), source));
        }

        @Override
        public String label() {
            return "add article " + source.id();
        }
    }

    /** Replaces a source's metadata; its id stays (framings name it). */
    public record UpdateSource(Source source) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            int index = Models.indexOfSource(model, source.id());
            requireDerivedFromKnown(model, source);
            if (source.id().equals(source.derivedFrom())) {
                throw new EditRejected("source \"" + source.id() + "\" cannot derive from itself");
            }
            return Models.withSources(model, Models.replaceAt(model.sources(), index, source));
        }

        @Override
        public String label() {
            return "edit article " + source.id();
        }
    }

    /** Removes a source and every framing of it; other sources that derived from it no longer say so. */
    public record RemoveSource(String sourceId) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            int index = Models.indexOfSource(model, sourceId);
            List<Source> sources = new ArrayList<>();
            for (Source source : Models.removeAt(model.sources(), index)) {
                sources.add(sourceId.equals(source.derivedFrom()) ? new Source(source.id(), source.title(),
                        source.author(), source.publisher(), source.kind(), source.language(), source.url(),
                        source.published(), null, source.file(), source.sha256(), source.explicitShortName()) : source);
            }
            List<Point> points = Models.mapAll(model.points(), point -> {
                if (point.framingOf(sourceId).isEmpty()) {
                    return point;
                }
                List<Framing> kept = new ArrayList<>();
                for (Framing framing : point.framings()) {
                    if (!framing.source().equals(sourceId)) {
                        kept.add(framing);
                    }
                }
                return new Point(point.id(), point.theme(), point.title(), point.claims(), kept);
            });
            return Models.withSourcesAndPoints(model, sources, points);
        }

        @Override
        public String label() {
            return "remove article " + sourceId;
        }
    }

    private static void requireDerivedFromKnown(Model model, Source source) throws EditRejected {
        if (source.derivedFrom() != null && model.source(source.derivedFrom()).isEmpty()
                && !source.derivedFrom().equals(source.id())) {
            throw new EditRejected("source \"" + source.id() + "\" derives from \"" + source.derivedFrom()
                    + "\", which the model does not have");
        }
    }
}
