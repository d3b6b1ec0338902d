package org.parallax.analysis.diff;

import java.util.Optional;

/** One kind of change: looks at a changed region and says whether (and by which words) it is of its kind. */
interface ChangeRule {
    Optional<Change> apply(ChangedRegion region);
}
