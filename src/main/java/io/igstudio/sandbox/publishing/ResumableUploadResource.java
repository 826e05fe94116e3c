package io.igstudio.sandbox.publishing;

import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.control.SandboxClock;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.graph.GraphParameters;
import io.igstudio.sandbox.oauth.AccessTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * The sandbox's stand-in for Meta's upload host, {@code rupload.facebook.com}
 * (https://developers.facebook.com/docs/instagram-platform/content-publishing/resumable-uploads):
 * {@code POST {base}/sandbox/meta/rupload/ig-api-upload/{version}/{container-id}} with
 * {@code Authorization: OAuth <token>}, {@code offset} and {@code file_size} headers and the file as the body, or
 * only a {@code file_url} header naming a public copy, answers {@code {"success":true,"message":"Upload successful."}}.
 * An interrupted upload resumes at the offset already received. Processing starts when the last byte arrives.
 * The path without {@code /rupload} is served too, for clients configured with the sandbox's base as upload host.
 */
@Path("sandbox/meta/{host: (rupload/)?}ig-api-upload/{version: v\\d+\\.\\d+}/{container}")
@SandboxOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResumableUploadResource {

    /** Reels are at most 300 MB (graph-api-facts.md); the sandbox refuses more in one container. */
    static final long MAX_BYTES = 300L * 1000 * 1000;

    @Inject
    AccessTokens tokens;

    @Inject
    ContainerStore containers;

    @Inject
    PublishingAccess access;

    @Inject
    PublishingControls controls;

    @Inject
    MediaFetcher fetcher;

    @Inject
    SandboxClock clock;

    @Context
    HttpServletRequest servlet;

    @PathParam("container")
    String containerId;

    @POST
    @Consumes(MediaType.WILDCARD)
    public String upload(@HeaderParam("Authorization") String authorization, @HeaderParam("offset") String offsetHeader,
            @HeaderParam("file_size") String sizeHeader, @HeaderParam("file_url") String fileUrl, InputStream body) {
        String raw = GraphParameters.of(Map.of(), null, null, authorization).accessToken()
                .orElseThrow(() -> GraphError.tokenRequired().exception());
        var token = tokens.resolve(raw, clock.now());
        Container c = containers.find(containerId)
                .orElseThrow(() -> GraphError.unsupportedMethod("post", containerId).exception());
        access.admit(c.igUserId(), containerId, "post", PublishingAccess.PUBLISH, token, servlet);
        if (!c.resumable()) {
            throw PublishingError.invalidParameter("The container " + containerId + " was not created with"
                    + " upload_type=resumable.").exception();
        }
        Instant now = clock.now();
        String status = c.statusAt(now);
        if (!status.equals(Container.IN_PROGRESS) || (c.readyAt() != null)) {
            throw PublishingError.invalidParameter("The container " + containerId + " has its file already ("
                    + status + ").").exception();
        }
        long received = c.uploadedBytes() == null ? 0 : c.uploadedBytes();
        byte[] head;
        long total;
        if (fileUrl != null && !fileUrl.isBlank()) {
            ContainerRules.httpUrl(fileUrl, "file_url");
            byte[] file = fetcher.fetch(fileUrl, MAX_BYTES);
            head = Arrays.copyOf(file, Math.min(VideoCheck.HEAD_BYTES, file.length));
            total = file.length;
            finish(c, head, total, now);
            return success();
        }
        long offset = number(offsetHeader, "offset");
        long fileSize = number(sizeHeader, "file_size");
        if (offset != received) {
            throw PublishingError.invalidParameter("The upload must resume at offset " + received + " (offset "
                    + offset + " given).").exception();
        }
        if (fileSize <= 0 || fileSize > MAX_BYTES) {
            throw PublishingError.invalidParameter("file_size must be between 1 and " + MAX_BYTES + " bytes.").exception();
        }
        try (InputStream in = body) {
            head = in.readNBytes(VideoCheck.HEAD_BYTES);
            total = offset + head.length + in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (total > fileSize) {
            throw PublishingError.invalidParameter("More bytes arrived (" + total + ") than file_size (" + fileSize + ").")
                    .exception();
        }
        if (total < fileSize) {
            containers.uploaded(containerId, total, null);
            return success();
        }
        finish(c, offset == 0 ? head : null, total, now);
        return success();
    }

    /** All bytes are here: the video is checked (when its start was seen in this request) and processing starts. */
    private void finish(Container c, byte[] head, long total, Instant now) {
        containers.uploaded(c.id(), total, now.plusSeconds(controls.of(c.igUserId()).processingSeconds()));
        String problem = head == null ? null : VideoCheck.problem(head, Publisher.thumbOffset(c.params()));
        if (problem != null) {
            containers.failed(c.id(), problem);
        }
    }

    private static long number(String header, String name) {
        try {
            return Long.parseLong(header == null ? "" : header.trim());
        } catch (NumberFormatException e) {
            throw PublishingError.param("The " + name + " header is required and must be a number of bytes").exception();
        }
    }

    private static String success() {
        return Jsons.createObjectBuilder().add("success", true).add("message", "Upload successful.").build().toString();
    }
}
