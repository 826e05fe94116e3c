package io.igstudio.research;

import java.util.List;

/** A saved hashtag set as pages and the compose page's "Insert hashtag set" control see it. */
public record HashtagSetView(String id, String name, List<String> tags) {

    public String text() {
        return HashtagSetRules.caption(tags);
    }
}
