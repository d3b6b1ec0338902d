package org.parallax.io.convert;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * POI logs through Log4j's API and PDFBox through commons-logging (java.util.logging here). Neither may print to
 * the user's terminal: a damaged font or a missing Log4j provider is not the user's business, and the command
 * line keeps standard error for its own messages. Installed once, before either library logs.
 */
final class QuietLibraries {
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");
    private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");
    private static volatile boolean installed;

    private QuietLibraries() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
        setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        PDFBOX.setLevel(Level.OFF);
        FONTBOX.setLevel(Level.OFF);
        installed = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
