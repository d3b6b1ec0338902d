package org.parallax.io.exchange;

/**
 * Apache POI logs through log4j-api, and Parallax ships no log4j backend: without this, the first workbook prints
 * "Log4j API could not find a logging provider" on standard error (where the command line's own messages go).
 * Before POI is first used, log4j is pointed at its built-in simple logger at level ERROR, unless the user chose
 * a provider of their own (the properties are only set when absent).
 */
final class PoiLogging {
    private PoiLogging() {
    }

    static void quiet() {
        setIfAbsent("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("log4j2.simplelogLevel", "ERROR");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
