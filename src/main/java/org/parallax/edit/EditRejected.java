package org.parallax.edit;

/** An edit that does not fit the model; the message says why, naming the ids. */
public final class EditRejected extends Exception {
    private static final long serialVersionUID = 1L;

    public EditRejected(String message) {
        super(message, null, false, false);
    }
}
