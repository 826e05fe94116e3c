package io.igstudio.publishing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves library files to Meta under their signed, expiring URLs ({@link PublicMediaUrls}): no session,
 * {@code Content-Type}, {@code Content-Length}, {@code HEAD} and single byte ranges ({@code Range: bytes=a-b},
 * RFC 9110 §14), since Meta's fetcher and proxies may ask for parts. Anything else is a plain 404, so the
 * answer never tells whether a file exists.
 */
@WebServlet(urlPatterns = "/public-media/*")
public class PublicMediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    @Inject
    transient MediaFiles files;

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        var file = files.publicFile(request.getPathInfo()).orElse(null);
        Path path = file == null ? null : files.path(file);
        if (path == null || !Files.isRegularFile(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long length = Files.size(path);
        long start = 0;
        long end = length - 1;
        String range = request.getHeader("Range");
        response.setHeader("Accept-Ranges", "bytes");
        response.setContentType(file.getContentType());
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (range != null) {
            Matcher m = RANGE.matcher(range.trim());
            if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
                unsatisfiable(response, length);
                return;
            }
            if (m.group(1).isEmpty()) {
                start = Math.max(0, length - Long.parseLong(m.group(2)));
            } else {
                start = Long.parseLong(m.group(1));
                end = m.group(2).isEmpty() ? length - 1 : Math.min(length - 1, Long.parseLong(m.group(2)));
            }
            if (start > end || start >= length) {
                unsatisfiable(response, length);
                return;
            }
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + start + "-" + end + "/" + length);
        }
        response.setContentLengthLong(end - start + 1);
        if (!body) {
            return;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            channel.position(start);
            InputStream in = Channels.newInputStream(channel);
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long left = end - start + 1;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }

    private static void unsatisfiable(HttpServletResponse response, long length) {
        response.setStatus(416);
        response.setHeader("Content-Range", "bytes */" + length);
    }
}
