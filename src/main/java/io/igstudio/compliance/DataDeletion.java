package io.igstudio.compliance;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.publishing.MediaFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Deleting a person's data, asked by Meta's data deletion callback or by the person ("Delete my data"):
 * the rows in one transaction ({@link DataDeletionStore}), then the media files from disk. Idempotent: a repeated
 * request for a person with nothing left answers the earlier confirmation code.
 */
@ApplicationScoped
public class DataDeletion {

    private static final Logger LOG = Logger.getLogger(DataDeletion.class.getName());

    /** Who asked. */
    public enum Origin { META, PERSON }

    /** A request as its status page shows it. */
    public record Status(String confirmationCode, Instant requestedAt, Instant completedAt) {
        public boolean done() {
            return completedAt != null;
        }
    }

    /** What Meta's callback answers: where the status is, and its code. */
    public record Receipt(String url, String confirmationCode) {
    }

    @Inject
    DataDeletionStore store;

    @Inject
    MediaFiles mediaFiles;

    @Inject
    MetaPlatform meta;

    public Receipt delete(String facebookUserId, Origin origin) {
        DataDeletionStore.Deleted deleted = store.delete(facebookUserId, origin);
        int removed = 0;
        for (String storedName : deleted.storedFiles()) {
            try {
                removed += Files.deleteIfExists(mediaFiles.storedPath(storedName)) ? 1 : 0;
            } catch (IOException | RuntimeException e) {
                LOG.warning(() -> "A deleted person's media file could not be removed from disk: " + e.getClass().getSimpleName());
            }
        }
        int files = removed;
        LOG.info(() -> "Data deletion " + deleted.confirmationCode() + " (" + origin + "): rows deleted, " + files
                + " media file(s) removed");
        return new Receipt(statusUrl(deleted.confirmationCode()), deleted.confirmationCode());
    }

    public Optional<Status> status(String confirmationCode) {
        return store.status(confirmationCode);
    }

    public String statusUrl(String confirmationCode) {
        return meta.baseUrl() + "/meta/data-deletion/" + confirmationCode;
    }
}
