package io.igstudio.publishing;

/**
 * A library file as pages and the upload endpoint show it: no secret, no path on disk. {@code feedRatio}
 * says whether a photo or carousel may use it as it is; {@code previewUrl} is the signed-in preview.
 */
public record MediaView(String id, String name, String kind, long bytes, int width, int height, Long durationMs,
                        boolean feedRatio, String previewUrl) {

    static MediaView of(MediaFile f) {
        return new MediaView(f.getId(), f.getOriginalName(), f.getKind().name(), f.getBytes(), f.getWidth(),
                f.getHeight(), f.getDurationMs(),
                f.getKind() == MediaFile.Kind.VIDEO || ImagePreparation.feedRatio(f.getWidth(), f.getHeight()),
                "/library/" + f.getId() + "/file");
    }

    public boolean video() {
        return "VIDEO".equals(kind);
    }
}
