package vn.chungsuc.shared.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's passwords, generated on the first start and kept in the data folder's secrets folder
 * (mode 0700, each file 0600, owned by the user the application runs as): {@code postgres-password} for the
 * superuser, {@code db-password} for the application's own role. A file or folder found with wider modes is
 * narrowed (and said in the log). {@code scripts/backup.sh} copies this folder with the database, and
 * {@code scripts/restore.sh} puts it back with these modes.
 */
final class DatabaseSecrets {

    static final String SUPERUSER_FILE = "postgres-password";
    static final String APP_FILE = "db-password";

    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private static final Logger log = LoggerFactory.getLogger(DatabaseSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;

    DatabaseSecrets(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    Path folder() {
        return folder;
    }

    Path superuserFile() {
        return folder.resolve(SUPERUSER_FILE);
    }

    /** The superuser's password, generated when the folder has none. */
    String superuserPassword() {
        return readOrCreate(SUPERUSER_FILE);
    }

    /** The application role's password, generated when the folder has none. */
    String appPassword() {
        return readOrCreate(APP_FILE);
    }

    /** Whether the superuser's password exists already (a data folder of this version or restored with it). */
    boolean hasSuperuserPassword() {
        return Files.isRegularFile(superuserFile());
    }

    private String readOrCreate(String name) {
        try {
            ensureFolder();
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                narrow(file, OWNER_FILE);
                String value = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
            String value = generate();
            Path tmp = folder.resolve("." + name + ".new");
            Files.deleteIfExists(tmp);
            if (posix()) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_FILE));
            } else {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, value + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the database password in " + folder, e);
        }
    }

    void ensureFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            if (posix()) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
            } else {
                Files.createDirectories(folder);
            }
        }
        narrow(folder, OWNER_FOLDER);
    }

    private void narrow(Path path, Set<PosixFilePermission> mode) throws IOException {
        if (!posix()) {
            return;
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
        if (!now.equals(mode)) {
            log.warn("{} had mode {}: set to {}", path, PosixFilePermissions.toString(now),
                    PosixFilePermissions.toString(mode));
            Files.setPosixFilePermissions(path, mode);
        }
    }

    private boolean posix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** 32 random bytes, URL-safe Base64: nothing a connection string or pg_hba would need to quote. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
