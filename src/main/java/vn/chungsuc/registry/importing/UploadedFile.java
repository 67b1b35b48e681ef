package vn.chungsuc.registry.importing;

import java.nio.file.Path;

/** A file received for import, saved to a temporary path, with the name the user gave it. */
public record UploadedFile(Path path, String name) {

    public boolean csv() {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }
}
