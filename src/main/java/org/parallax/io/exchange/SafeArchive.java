package org.parallax.io.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads entries of a .qdpx into memory, never onto disk by their names, and bounds what it reads: an entry
 * whose name is absolute or climbs out with {@code ..} is listed as unsafe and never read; the bytes read are
 * counted as they inflate (the sizes an archive declares can lie), so a zip bomb stops at the limit with a
 * message instead of filling memory.
 */
final class SafeArchive implements AutoCloseable {
    /** Default bounds: 512 MB inflated in all, 100,000 entries. */
    static final long DEFAULT_MAX_BYTES = 512L << 20;
    static final int DEFAULT_MAX_ENTRIES = 100_000;

    private final Path file;
    private final ZipFile zip;
    private final long maxBytes;
    private long bytesRead;
    /** Safe entries by their name in lower case (tools differ on {@code Sources/} vs {@code sources/}). */
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    private final List<String> unsafe = new ArrayList<>();

    SafeArchive(Path file, long maxBytes, int maxEntries) throws ImportError {
        this.file = file;
        this.maxBytes = maxBytes;
        try {
            this.zip = new ZipFile(file.toFile(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (ZipException notZip) {
            throw new ImportError(file + " is not a REFI-QDA project: it is not a zip archive (.qdpx) ("
                    + notZip.getMessage() + ")");
        } catch (IOException unreadable) {
            throw new ImportError("cannot read " + file + ": " + unreadable.getMessage());
        }
        int count = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (++count > maxEntries) {
                closeQuietly();
                throw new ImportError(file + " holds more than " + maxEntries + " entries; refused");
            }
            if (entry.isDirectory()) {
                continue;
            }
            if (isUnsafe(entry.getName())) {
                unsafe.add(entry.getName());
            } else {
                entries.putIfAbsent(key(entry.getName()), entry);
            }
        }
    }

    /**
     * The name an entry is found by: {@code \\} read as {@code /} (archives made on Windows), case ignored. Every
     * lookup goes through it, so a name listed by {@link #names()} is always found again by {@link #read}.
     */
    static String key(String name) {
        return name.replace('\\', '/').toLowerCase(Locale.ROOT);
    }

    static boolean isUnsafe(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Names of entries refused for their path. */
    List<String> unsafeEntries() {
        return List.copyOf(unsafe);
    }

    /** Names (as stored) of the safe entries. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (ZipEntry entry : entries.values()) {
            names.add(entry.getName());
        }
        return names;
    }

    boolean contains(String name) {
        return entries.containsKey(key(name));
    }

    /** The entry's bytes; null when there is no such safe entry. Throws when the bound is passed. */
    byte[] read(String name) throws ImportError {
        ZipEntry entry = entries.get(key(name));
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytesRead += n;
                if (bytesRead > maxBytes) {
                    throw new ImportError(file + ": entry " + entry.getName() + " expands past the limit of "
                            + (maxBytes >> 20) + " MB read from one archive (a zip bomb?); refused");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException broken) {
            throw new ImportError(file + ": cannot read entry " + entry.getName() + ": " + broken.getMessage());
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
