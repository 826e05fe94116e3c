package io.igstudio.publishing;

import io.igstudio.accounts.AccountView;
import java.util.List;
import java.util.Map;

/**
 * Everything the compose page shows: the form as typed, errors per field ({@code crop} names the image the
 * crop offer is for), the person's accounts with what is known of their publishing quota, and their library.
 */
public record ComposePage(String draftId, ComposeForm form, Map<String, String> errors, List<AccountView> accounts,
                          Map<String, String> quotas, List<MediaView> files, List<PostType> types,
                          boolean publicMediaUnreachable) {

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The chosen files in the order chosen, then the rest of the library. */
    public List<MediaView> orderedFiles() {
        List<String> chosen = form.all("item");
        return java.util.stream.Stream.concat(
                chosen.stream().flatMap(id -> files.stream().filter(f -> f.id().equals(id))),
                files.stream().filter(f -> !chosen.contains(f.id()))).toList();
    }
}
