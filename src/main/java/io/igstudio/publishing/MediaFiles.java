package io.igstudio.publishing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The media library's entry bean: takes uploads (checked, images converted to JPEG), lists a person's
 * files, crops or pads an image to the feed's aspect ratio, and answers the public URL servlet. A person
 * only ever reaches their own files.
 */
@Stateless
public class MediaFiles {

    private static final Logger LOG = Logger.getLogger(MediaFiles.class.getName());

    @Inject
    Clock clock;

    /** Larger than Meta's reel limit (300 MB) would be refused there anyway. */
    static final long MAX_UPLOAD = 300L << 20;
    static final long MAX_IMAGE_UPLOAD = 50L << 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaFolder folder;

    @Inject
    PublicMediaUrls urls;

    /** One file of an upload: its view, or the problem in plain words (never both). */
    public record Uploaded(String name, MediaView file, String problem, boolean cropOffered) {
    }

    public Uploaded upload(String userId, String originalName, InputStream content) {
        String name = originalName == null || originalName.isBlank() ? "file" : originalName.strip();
        name = name.length() > 200 ? name.substring(0, 200) : name;
        try {
            Path temporary = folder.temporary();
            try {
                long size = MediaFolder.copy(content, temporary, MAX_UPLOAD);
                MediaFile file = isVideo(name, temporary) ? video(userId, name, temporary, size)
                        : image(userId, name, temporary, size);
                em.persist(file);
                MediaView view = MediaView.of(file);
                return new Uploaded(name, view, view.feedRatio() ? null : ratioMessage(file), !view.feedRatio());
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (MediaProblem e) {
            return new Uploaded(name, null, e.getMessage(), e.cropOffered());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<MediaView> list(String userId) {
        return em.createQuery("select f from MediaFile f where f.userId = :user order by f.createdAt desc",
                MediaFile.class).setParameter("user", userId).setMaxResults(200)
                .getResultStream().map(MediaView::of).toList();
    }

    /**
     * The person's files that something still needs: the items and reel covers of drafts not yet submitted, and
     * of posts not yet published (a failed post can be retried). Anything else can go.
     */
    public Set<String> needed(String userId) {
        Set<String> ids = new HashSet<>();
        em.createQuery("select d from PostDraft d where d.userId = :user and d.submitted = false", PostDraft.class)
                .setParameter("user", userId).getResultStream().forEach(d -> {
                    ComposeForm form = d.getForm();
                    ids.addAll(form.all("item"));
                    ids.addAll(form.all("cover"));
                });
        em.createQuery("select p from Post p where p.userId = :user and p.state <> 'PUBLISHED' and p.state <> 'DELETED'",
                Post.class).setParameter("user", userId).getResultStream().forEach(p -> {
                    PostSpec spec = p.getSpec();
                    spec.items().forEach(item -> ids.add(item.fileId()));
                    if (spec.coverFileId() != null) {
                        ids.add(spec.coverFileId());
                    }
                });
        return ids;
    }

    /** Deletes the person's file (row and bytes) unless a draft or an unfinished post needs it; false then. */
    public boolean deleteUnused(String userId, MediaFile file) {
        if (!file.getUserId().equals(userId) || needed(userId).contains(file.getId())) {
            return false;
        }
        Path bytes = path(file);
        em.remove(em.contains(file) ? file : em.merge(file));
        em.flush();
        try {
            Files.deleteIfExists(bytes);
        } catch (IOException e) {
            LOG.warning("Library file " + file.getId() + " left on disk: " + e);
        }
        return true;
    }

    /** The timer's sweep: files nobody needs, uploaded before {@code before}; answers how many went. */
    public int deleteUnusedBefore(Instant before, int max) {
        List<MediaFile> old = em.createQuery("select f from MediaFile f where f.createdAt < :before order by f.createdAt",
                MediaFile.class).setParameter("before", before).setMaxResults(max).getResultList();
        Map<String, Set<String>> needed = new HashMap<>();
        int deleted = 0;
        for (MediaFile file : old) {
            if (!needed.computeIfAbsent(file.getUserId(), this::needed).contains(file.getId())
                    && deleteUnused(file.getUserId(), file)) {
                deleted++;
            }
        }
        return deleted;
    }

    public Optional<MediaFile> owned(String userId, String fileId) {
        MediaFile file = fileId == null ? null : em.find(MediaFile.class, fileId);
        return file != null && file.getUserId().equals(userId) ? Optional.of(file) : Optional.empty();
    }

    /** A new JPEG cropped (centre) or padded to the nearest allowed feed ratio; the original stays. */
    public MediaView fit(String userId, String fileId, ImagePreparation.Fit fit) {
        MediaFile original = owned(userId, fileId).filter(f -> f.getKind() == MediaFile.Kind.IMAGE)
                .orElseThrow(() -> new MediaProblem("This image is not in your library."));
        try {
            var fitted = ImagePreparation.fit(Files.readAllBytes(path(original)), fit);
            MediaFile file = stored(userId, original.getOriginalName(), fitted);
            em.persist(file);
            return MediaView.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path(MediaFile file) {
        return folder.file(file.getStoredName());
    }

    /** Where a stored file lives on disk, by its stored name (data deletion removes a person's files). */
    public Path storedPath(String storedName) {
        return folder.file(storedName);
    }

    /** For the public servlet: the file when the signature holds and has not expired. */
    public Optional<MediaFile> publicFile(String pathInfo) {
        return PublicMediaUrls.Signed.parse(pathInfo).flatMap(signed -> {
            MediaFile file = em.find(MediaFile.class, signed.fileId());
            return file != null && signed.valid(file.getUrlSecret(), clock.instant())
                    ? Optional.of(file) : Optional.empty();
        });
    }

    private MediaFile image(String userId, String name, Path temporary, long size) throws IOException {
        if (size > MAX_IMAGE_UPLOAD) {
            throw new MediaProblem("The image is larger than 50 MB.");
        }
        return stored(userId, name, ImagePreparation.prepare(Files.readAllBytes(temporary)));
    }

    private MediaFile stored(String userId, String name, ImagePreparation.PreparedImage image) throws IOException {
        String storedName = folder.write(image.jpeg(), "jpg");
        return new MediaFile(userId, MediaFile.Kind.IMAGE, "image/jpeg", sha256(image.jpeg()), image.jpeg().length,
                image.width(), image.height(), null, name, storedName, PublicMediaUrls.newSecret(), now());
    }

    private MediaFile video(String userId, String name, Path temporary, long size) throws IOException {
        VideoInspection.VideoFacts facts = VideoInspection.inspect(temporary);
        String extension = name.toLowerCase(Locale.ROOT).endsWith(".mov") ? "mov" : "mp4";
        String sha = sha256(temporary);
        String storedName = folder.keep(temporary, extension);
        return new MediaFile(userId, MediaFile.Kind.VIDEO, "mov".equals(extension) ? "video/quicktime" : "video/mp4",
                sha, size, facts.width(), facts.height(), facts.durationMs(), name, storedName,
                PublicMediaUrls.newSecret(), now());
    }

    /** By content, not by name: MP4 and MOV start with an {@code ftyp} box at byte 4. */
    private static boolean isVideo(String name, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(12);
            return head.length == 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p'
                    && !new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).startsWith("avi")
                    && !new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).startsWith("hei");
        }
    }

    static String ratioMessage(MediaFile file) {
        return "The image is " + file.getWidth() + "×" + file.getHeight() + "; a photo or carousel in the feed needs"
                + " an aspect ratio between 4:5 and 1.91:1. Crop it or pad it (stories take it as it is).";
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
