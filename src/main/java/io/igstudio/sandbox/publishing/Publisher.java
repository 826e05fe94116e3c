package io.igstudio.sandbox.publishing;

import io.igstudio.shared.infra.Jsons;
import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.control.SandboxClock;
import io.igstudio.sandbox.graph.FieldSelection;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.graph.GraphParameters;
import io.igstudio.sandbox.media.MediaStore;
import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.store.InstagramAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's content publishing, the entry bean behind its endpoints: creating containers
 * ({@code POST /{ig-user-id}/media}), reading them ({@code GET /{container-id}}), publishing them
 * ({@code POST /{ig-user-id}/media_publish}) and the quota ({@code GET /{ig-user-id}/content_publishing_limit}).
 * Images are downloaded and checked while the container is created, so it is FINISHED at once; videos are
 * processed for the account's configured time. Time is the sandbox clock's.
 */
@ApplicationScoped
public class Publisher {

    /** "Limited to 400 containers per account in a rolling 24 hour period" (graph-api-facts.md, IG User Media reference). */
    static final int CONTAINERS_PER_DAY = 400;
    static final Duration QUOTA_DURATION = Duration.ofHours(24);
    /** The node type Meta names in field errors about containers. */
    static final String CONTAINER_NODE = "ShadowIGMediaBuilder";
    static final Set<String> CONTAINER_FIELDS = Set.of("id", "status", "status_code");
    static final Set<String> LIMIT_FIELDS = Set.of("config", "quota_usage");

    @Inject
    PublishingAccess access;

    @Inject
    ContainerStore containers;

    @Inject
    PublishingControls controls;

    @Inject
    MediaFetcher fetcher;

    @Inject
    MediaStore media;

    @Inject
    PublishedMedia published;

    @Inject
    SandboxClock clock;

    @Inject
    MetaPlatform meta;

    /** {@code POST /{ig-user-id}/media}: {@code {"id"}}, and {@code "uri"} for a resumable upload. */
    public JsonObject create(String igUserId, GraphParameters params, ResolvedToken token, String version,
            HttpServletRequest servlet) {
        InstagramAccount account = access.admit(igUserId, igUserId, "post", PublishingAccess.PUBLISH, token, servlet);
        Instant now = clock.now();
        if (containers.createdSince(igUserId, now.minus(QUOTA_DURATION)) >= CONTAINERS_PER_DAY) {
            throw PublishingError.containerLimit().exception();
        }
        ContainerDraft draft = ContainerRules.check(params, account.username());
        if (draft.isCarousel()) {
            checkChildren(igUserId, draft.children(), now);
        }
        if (draft.isImage()) {
            if (controls.takeFetchFailure(igUserId)) {
                // the test control failFetches: as if the URL could not be reached this time
                throw PublishingError.fetchFailed(draft.mediaUrl()).exception();
            }
            ImageCheck.check(fetcher.fetch(draft.mediaUrl(), ImageCheck.MAX_BYTES), !ContainerDraft.STORIES.equals(draft.kind()));
        }
        if (draft.coverUrl() != null) {
            // a reel's cover is a public JPEG within the image limits; its shape is the reel's, so no feed ratio
            ImageCheck.check(fetcher.fetch(draft.coverUrl(), ImageCheck.MAX_BYTES), false);
        }
        PublishingSettings settings = controls.of(igUserId);
        String status = Container.FINISHED;
        String detail = null;
        Instant readyAt = now;
        boolean fail = false;
        JsonObject stored = draft.params();
        if (draft.coverUrl() != null) {
            // kept with the other parameters, so what IG Studio sent can be checked (the container's row)
            stored = Jsons.createObjectBuilder(stored).add("cover_url", draft.coverUrl()).build();
        }
        if (draft.isCarousel()) {
            status = Container.IN_PROGRESS;
            stored = Jsons.createObjectBuilder(stored).add("children", Jsons.createArrayBuilder(draft.children())).build();
        } else if (draft.isVideo()) {
            status = Container.IN_PROGRESS;
            fail = settings.failVideos();
            readyAt = draft.resumable() ? null : now.plusSeconds(settings.processingSeconds());
            if (!draft.resumable()) {
                detail = VideoCheck.problem(fetchVideo(draft.mediaUrl()), thumbOffset(draft.params()));
                if (detail != null) {
                    status = Container.ERROR;
                }
            }
            if (fail && detail == null) {
                detail = "Video processing failed (set on the sandbox control page).";
            }
        }
        stored = Jsons.createObjectBuilder(stored).add("share_to_feed", draft.shareToFeed()).build();
        Container container = new Container(newContainerId(), igUserId, draft.kind(), draft.carouselItem(),
                draft.mediaUrl(), draft.resumable(), null, draft.caption(), stored, status, detail, now, readyAt, fail,
                null, null);
        containers.insert(container);
        JsonObjectBuilder answer = Jsons.createObjectBuilder().add("id", container.id());
        if (draft.resumable()) {
            // Meta: {"id":"<container>","uri":"https://rupload.facebook.com/ig-api-upload/vNN.0/<container>"}
            answer.add("uri", meta.baseUrl() + MetaPlatform.SANDBOX_PATH + "/rupload/ig-api-upload/" + version + "/"
                    + container.id());
        }
        return answer.build();
    }

    /** {@code GET /{container-id}}, or empty when the id is no container (then it may be a media object). */
    public Optional<JsonObject> containerNode(String id, FieldSelection requested, ResolvedToken token,
            HttpServletRequest servlet) {
        Optional<Container> found = containers.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Container c = found.get();
        access.admit(c.igUserId(), id, "get", PublishingAccess.PUBLISH, token, servlet);
        FieldSelection fields = requested.orDefaults("id");
        fields.requireKnown(CONTAINER_FIELDS, CONTAINER_NODE);
        String code = statusOf(c, clock.now());
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        for (String f : fields.names()) {
            switch (f) {
                case "id" -> json.add(f, c.id());
                case "status_code" -> json.add(f, code);
                case "status" -> json.add(f, Container.statusText(code, c.statusDetail()));
                default -> { }
            }
        }
        return Optional.of(json.build());
    }

    /** {@code POST /{ig-user-id}/media_publish?creation_id=}: {@code {"id":"<ig-media-id>"}}. */
    public JsonObject publish(String igUserId, GraphParameters params, ResolvedToken token, HttpServletRequest servlet) {
        InstagramAccount account = access.admit(igUserId, igUserId, "post", PublishingAccess.PUBLISH, token, servlet);
        String creationId = params.get("creation_id");
        if (creationId == null || creationId.isBlank()) {
            throw PublishingError.param("The parameter creation_id is required.").exception();
        }
        Instant now = clock.now();
        if (containers.publishedSince(igUserId, now.minus(QUOTA_DURATION)) >= controls.of(igUserId).quotaTotal()) {
            throw PublishingError.quotaReached().exception();
        }
        Container c = containers.find(creationId.trim()).filter(x -> x.igUserId().equals(igUserId))
                .orElseThrow(() -> PublishingError.expired(creationId).exception());
        String status = statusOf(c, now);
        switch (status) {
            case Container.EXPIRED -> throw PublishingError.expired(c.id()).exception();
            case Container.FINISHED -> { }
            // published already, still processing or failed: there is no media to publish (yet)
            default -> throw PublishingError.notReady().exception();
        }
        if (ContainerDraft.VIDEO.equals(c.kind())) {
            // since 9 November 2023 a VIDEO container is a carousel item only (graph-api-facts.md)
            throw PublishingError.standaloneVideo().exception();
        }
        if (c.carouselItem()) {
            throw PublishingError.invalidParameter("Media created with is_carousel_item=true is a carousel item and"
                    + " cannot be published as a standalone post. Publish the carousel container instead.").exception();
        }
        String mediaId = published.newMediaId();
        if (!containers.markPublished(c.id(), mediaId, now)) {
            throw PublishingError.notReady().exception();
        }
        List<Container> items = children(c);
        containers.markItemsPublished(items.stream().map(Container::id).toList(), mediaId);
        published.store(c, mediaId, account, now, items);
        return Jsons.createObjectBuilder().add("id", mediaId).build();
    }

    /** {@code GET /{ig-user-id}/content_publishing_limit?fields=config,quota_usage}: posts in the last 24 hours. */
    public JsonObject limit(String igUserId, FieldSelection requested, ResolvedToken token, HttpServletRequest servlet) {
        access.admit(igUserId, igUserId, "get", PublishingAccess.PUBLISH, token, servlet);
        FieldSelection fields = requested.orDefaults("quota_usage");
        fields.requireKnown(LIMIT_FIELDS, "ContentPublishingLimit");
        Instant now = clock.now();
        JsonObjectBuilder entry = Jsons.createObjectBuilder();
        for (String f : fields.names()) {
            if (f.equals("config")) {
                entry.add("config", Jsons.createObjectBuilder().add("quota_total", controls.of(igUserId).quotaTotal())
                        .add("quota_duration", QUOTA_DURATION.getSeconds()));
            } else if (f.equals("quota_usage")) {
                entry.add("quota_usage", containers.publishedSince(igUserId, now.minus(QUOTA_DURATION)));
            }
        }
        return Jsons.createObjectBuilder().add("data", Jsons.createArrayBuilder().add(entry)).build();
    }

    /** A container's status code at {@code now}; a carousel's follows its items ({@link Container#carouselStatus}). */
    String statusOf(Container c, Instant now) {
        String own = c.statusAt(now);
        if (!c.isCarousel()) {
            return own;
        }
        return Container.carouselStatus(own, children(c).stream().map(child -> child.statusAt(now)).toList());
    }

    private List<Container> children(Container c) {
        List<Container> out = new ArrayList<>();
        if (c.isCarousel() && c.params().containsKey("children")) {
            c.params().getJsonArray("children").getValuesAs(jakarta.json.JsonString.class)
                    .forEach(id -> containers.find(id.getString()).ifPresent(out::add));
        }
        return out;
    }

    /** Every child must be a carousel item container of this account that has not failed, expired or been used. */
    private void checkChildren(String igUserId, List<String> ids, Instant now) {
        for (int i = 0; i < ids.size(); i++) {
            int index = i;
            Container child = containers.find(ids.get(i)).filter(c -> c.igUserId().equals(igUserId))
                    .orElseThrow(() -> PublishingError.param("Param children[" + index + "] must be a valid container ID")
                            .exception());
            if (!child.carouselItem()) {
                throw PublishingError.invalidParameter("The container " + child.id() + " was not created with"
                        + " is_carousel_item=true and cannot be a carousel item.").exception();
            }
            String s = child.statusAt(now);
            if (s.equals(Container.EXPIRED)) {
                throw PublishingError.expired(child.id()).exception();
            }
            if (s.equals(Container.ERROR) || s.equals(Container.PUBLISHED)) {
                throw PublishingError.invalidParameter("The carousel item " + child.id() + " cannot be used: its status is "
                        + s + ".").exception();
            }
        }
    }

    private byte[] fetchVideo(String url) {
        try {
            return fetcher.fetch(url, VideoCheck.HEAD_BYTES);
        } catch (PublishingException e) {
            return null;
        }
    }

    static Long thumbOffset(JsonObject params) {
        return params.containsKey("thumb_offset") ? params.getJsonNumber("thumb_offset").longValue() : null;
    }

    private String newContainerId() {
        String id;
        do {
            id = PublishedMedia.randomId();
        } while (containers.exists(id) || media.isStored(id));
        return id;
    }

    static RuntimeException unknown(String id) {
        return GraphError.unsupportedGet(id).exception();
    }
}
