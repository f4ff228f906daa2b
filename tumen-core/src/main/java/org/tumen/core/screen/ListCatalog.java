package org.tumen.core.screen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sanctions lists in use: the bundled copies, or newer files installed in {@code <data>/lists/}, whichever is
 * newer per file kind. Loaded lazily, once per JVM and data folder ({@link #forDataDir}), and held as one immutable
 * {@link Snapshot} that is swapped atomically — a screen never sees half a list, and an update that fails leaves
 * the lists in use untouched.
 */
public final class ListCatalog {
    static final String BUNDLED = "/org/tumen/core/screen/";
    static final String UN_BUNDLED = "un_sc_consolidated_2026-02-27.xml";
    static final String SDN_BUNDLED = "sdn_2024-05-03.csv.gz";
    static final String ALT_BUNDLED = "alt_2025-12-24.csv.gz";
    static final String ADD_BUNDLED = "add_2025-12-24.csv.gz";
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Map<Path, ListCatalog> SHARED = new ConcurrentHashMap<>();

    /** The loaded lists and the index over them; immutable. */
    public record Snapshot(List<SanctionsList> lists, NameIndex index) {}

    /** The kinds of list file, recognised by name: {@code un*.xml}, {@code sdn*.csv}, {@code alt*}, {@code add*}. */
    public enum Kind {
        UN,
        SDN,
        ALT,
        ADD;

        public static Kind of(Path file) {
            String n = file.getFileName().toString().toLowerCase();
            if (n.endsWith(".xml") || n.endsWith(".xml.gz")) return UN;
            if (n.startsWith("sdn_comments")) throw new IllegalArgumentException(file + ": sdn_comments is not read");
            if (n.startsWith("sdn")) return SDN;
            if (n.startsWith("alt")) return ALT;
            if (n.startsWith("add")) return ADD;
            throw new IllegalArgumentException(
                    file + ": not a list file name (expected un*.xml, sdn*.csv, alt*.csv or add*.csv, optionally .gz)");
        }
    }

    private final Path listsDir;
    private volatile Snapshot current;

    private ListCatalog(Path listsDir) {
        this.listsDir = listsDir;
    }

    /** The catalogue for a data folder, shared by every caller in this JVM; {@code null} means bundled lists only. */
    public static ListCatalog forDataDir(Path dataDir) {
        Path key = dataDir == null ? Path.of("") : dataDir.toAbsolutePath().normalize();
        return SHARED.computeIfAbsent(key, k -> new ListCatalog(dataDir == null ? null : k.resolve("lists")));
    }

    /** A private catalogue (tests): not shared. */
    public static ListCatalog detached(Path dataDir) {
        return new ListCatalog(dataDir == null ? null : dataDir.resolve("lists"));
    }

    /** The lists in use, loading them on first call. */
    public Snapshot current() {
        Snapshot s = current;
        if (s == null) {
            synchronized (this) {
                s = current;
                if (s == null) current = s = load(Map.of());
            }
        }
        return s;
    }

    public List<SanctionsList> lists() {
        return current().lists();
    }

    /**
     * Validates {@code files} by reading them together with the other files in use, installs them in
     * {@code <data>/lists/} and swaps them in. Nothing is copied and nothing changes unless every file reads.
     *
     * @return one line per file installed
     */
    public synchronized List<String> update(List<Path> files) {
        if (listsDir == null) throw new IllegalStateException("no data folder to install lists in");
        Map<Kind, Path> chosen = new java.util.EnumMap<>(Kind.class);
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new IllegalArgumentException(f + ": no such file");
            chosen.put(Kind.of(f), f);
        }
        Snapshot fresh = load(chosen); // throws ListFormatException, and then nothing below happens
        List<String> done = new ArrayList<>();
        try {
            Files.createDirectories(listsDir);
            for (var e : chosen.entrySet()) {
                Path target = listsDir.resolve(e.getValue().getFileName());
                Path tmp = listsDir.resolve(target.getFileName() + ".tmp");
                Files.copy(e.getValue(), tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                // older installed files of the same kind would otherwise compete by date
                for (Path old : installed(e.getKey())) if (!old.equals(target)) Files.delete(old);
                done.add(e.getKey() + " " + target);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot install lists in " + listsDir + ": " + ex.getMessage(), ex);
        }
        current = fresh;
        return done;
    }

    private Snapshot load(Map<Kind, Path> override) {
        List<SanctionsList> lists = new ArrayList<>();
        Source un = source(Kind.UN, override, UN_BUNDLED);
        lists.add(UnListReader.read(un.name(), un.open()));
        Source sdn = source(Kind.SDN, override, SDN_BUNDLED);
        Source alt = source(Kind.ALT, override, ALT_BUNDLED);
        Source add = source(Kind.ADD, override, ADD_BUNDLED);
        lists.add(OfacListReader.read(date(sdn.name()), sdn.read(), alt.read(), add.read()));
        return new Snapshot(List.copyOf(lists), new NameIndex(lists));
    }

    /** A file to read: an override, else the newest installed one, else the bundled copy. */
    private record Source(String name, Path path, String resource) {
        InputStream open() {
            try {
                InputStream in = path != null
                        ? Files.newInputStream(path)
                        : ListCatalog.class.getResourceAsStream(BUNDLED + resource);
                if (in == null) throw new IllegalStateException("bundled list missing: " + resource);
                return name.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in;
            } catch (IOException e) {
                throw new ListFormatException(name, null, "cannot open: " + e.getMessage(), e);
            }
        }

        OfacListReader.Source read() {
            try (InputStream in = path != null
                    ? Files.newInputStream(path)
                    : ListCatalog.class.getResourceAsStream(BUNDLED + resource)) {
                return new OfacListReader.Source(name, OfacListReader.bytes(name, in, name.endsWith(".gz")));
            } catch (IOException e) {
                throw new ListFormatException(name, null, "cannot open: " + e.getMessage(), e);
            }
        }
    }

    private Source source(Kind kind, Map<Kind, Path> override, String bundled) {
        Path p = override.get(kind);
        if (p == null) p = installed(kind).stream().findFirst().orElse(null);
        if (p != null) return new Source(p.toString(), p, null);
        return new Source("classpath:" + bundled, null, bundled);
    }

    /** Installed files of a kind, newest (by the date in the name, then modification time) first. */
    private List<Path> installed(Kind kind) {
        if (listsDir == null || !Files.isDirectory(listsDir)) return List.of();
        try (Stream<Path> s = Files.list(listsDir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".tmp"))
                    .filter(f -> {
                        try {
                            return Kind.of(f) == kind;
                        } catch (IllegalArgumentException e) {
                            return false;
                        }
                    })
                    .sorted(Comparator.comparing((Path f) ->
                                    Optional.ofNullable(date(f.toString())).orElse(""))
                            .thenComparing(ListCatalog::mtime)
                            .reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long mtime(Path f) {
        try {
            return Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** OFAC CSVs state no date inside: the date in the file name is the best we have. */
    static String date(String name) {
        Matcher m = DATE.matcher(
                Path.of(name.replace("classpath:", "")).getFileName().toString());
        return m.find() ? m.group(1) : null;
    }
}
