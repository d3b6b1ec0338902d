package org.parallax.edit;

import org.parallax.model.Model;

/**
 * One change to a model, as a value: applying it returns a new model and leaves the old one as it was, so undo is
 * keeping the old model. An edit that does not fit the model (an unknown id, a taken id, a theme still in use)
 * throws {@link EditRejected} with a message fit for the user, and nothing changes.
 */
public interface Edit {
    Model apply(Model model) throws EditRejected;

    /** What the edit does, as the Edit menu's "Undo ..." names it. */
    String label();
}
