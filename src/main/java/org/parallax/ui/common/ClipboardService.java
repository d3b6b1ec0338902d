package org.parallax.ui.common;

/** The system clipboard behind an interface. */
public interface ClipboardService {
    void putText(String text);
}
