package io.igstudio.sandbox.publishing;

import java.nio.ByteBuffer;
import java.util.OptionalLong;

/**
 * What the sandbox checks in a video before it "processes" it: that it could be downloaded; that it is an
 * MP4/MOV file (an ISO base media file starts with a box whose type, at bytes 4 to 8, is {@code ftyp}; Meta takes
 * MOV and MP4, graph-api-facts.md), else 352/2207026; and, when the movie header ({@code mvhd}) is among the first
 * bytes (a "moov atom first" file, as Meta asks for), that {@code thumb_offset} lies within the video, else
 * 2207057. Either ends the container in ERROR with the subcode in its {@code status}. Codecs and frame rates are
 * not checked: the sandbox does not decode video.
 */
final class VideoCheck {

    /** How much of a video the sandbox reads to check it. */
    static final int HEAD_BYTES = 64 * 1024;

    private VideoCheck() {
    }

    /** Null when the video is acceptable, else the container's ERROR detail. */
    static String problem(byte[] head, Long thumbOffsetMs) {
        if (head == null || head.length == 0) {
            return "Media download has failed. The media URI doesn't meet our requirements. (2207052)";
        }
        if (head.length < 12 || head[4] != 'f' || head[5] != 't' || head[6] != 'y' || head[7] != 'p') {
            return "The video format is not supported. Please check spec for supported formats. (2207026)";
        }
        OptionalLong duration = durationMillis(head);
        if (thumbOffsetMs != null && duration.isPresent() && thumbOffsetMs >= duration.getAsLong()) {
            return "Thumbnail offset must be greater than or equal to 0 and less than video duration, i.e. "
                    + duration.getAsLong() + ". (2207057)";
        }
        return null;
    }

    /** The movie's duration from its {@code mvhd} box, if that box is within {@code head}. */
    static OptionalLong durationMillis(byte[] head) {
        for (int i = 4; i + 4 + 28 <= head.length; i++) {
            if (head[i] == 'm' && head[i + 1] == 'v' && head[i + 2] == 'h' && head[i + 3] == 'd') {
                ByteBuffer box = ByteBuffer.wrap(head, i + 4, head.length - i - 4);
                int version = box.get() & 0xff;
                box.position(box.position() + 3);
                long timescale;
                long duration;
                if (version == 1) {
                    if (box.remaining() < 28) {
                        return OptionalLong.empty();
                    }
                    box.position(box.position() + 16);
                    timescale = box.getInt() & 0xffffffffL;
                    duration = box.getLong();
                } else {
                    box.position(box.position() + 8);
                    timescale = box.getInt() & 0xffffffffL;
                    duration = box.getInt() & 0xffffffffL;
                }
                return timescale == 0 ? OptionalLong.empty() : OptionalLong.of(duration * 1000 / timescale);
            }
        }
        return OptionalLong.empty();
    }
}
