package io.igstudio.sandbox.dialog;

import io.igstudio.sandbox.store.FacebookUser;
import java.util.List;

/** What {@code sandbox/dialog.html} shows. */
public record DialogView(String appName, String action, DialogRequest request, List<FacebookUser> users,
        String selectedUserId, String problem) {

    public boolean isRequired(String scope) {
        return "public_profile".equals(scope);
    }
}
