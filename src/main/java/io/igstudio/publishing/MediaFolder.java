package io.igstudio.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where library files live on disk ({@code igstudio.media.folder}, default {@code ~/.igstudio/media}). */
@ApplicationScoped
public class MediaFolder {

    @Inject
    @ConfigProperty(name = "igstudio.media.folder", defaultValue = "${user.home}/.igstudio/media")
    String folder;

    Path root() {
        Path root = Path.of(folder.replace("${user.home}", System.getProperty("user.home")));
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the media folder " + root, e);
        }
        return root;
    }

    /** A stored file by its generated name (never a name a person chose). */
    Path file(String storedName) {
        if (!storedName.matches("[0-9a-f-]{36}\\.(jpg|mp4|mov)")) {
            throw new IllegalArgumentException("Not a stored media name");
        }
        return root().resolve(storedName);
    }

    Path temporary() throws IOException {
        return Files.createTempFile(root(), "upload-", ".part");
    }

    String keep(Path temporary, String extension) throws IOException {
        String name = UUID.randomUUID() + "." + extension;
        Files.move(temporary, root().resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return name;
    }

    String write(byte[] bytes, String extension) throws IOException {
        String name = UUID.randomUUID() + "." + extension;
        Files.write(root().resolve(name), bytes);
        return name;
    }

    static long copy(InputStream in, Path target, long maxBytes) throws IOException {
        try (var out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new MediaProblem("The file is larger than " + (maxBytes >> 20) + " MB.");
                }
                out.write(buffer, 0, n);
            }
            return total;
        }
    }
}
