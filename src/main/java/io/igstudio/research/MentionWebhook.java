package io.igstudio.research;

import io.igstudio.comments.MentionDelivered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps the mentions Meta's {@code mentions} webhook announces (the comments feature receives and verifies the
 * deliveries and fires {@link MentionDelivered}); they then show on each account's mentions page without anyone
 * adding them by id. A delivery processed again stores nothing twice ({@link MentionStore#remember} keeps one row
 * per account and mention); a failure here propagates, so the delivery stays for the comments timer to retry.
 */
@ApplicationScoped
public class MentionWebhook {

    @Inject
    MentionStore store;

    void onDelivered(@Observes MentionDelivered delivered) {
        for (String accountId : delivered.accountIds()) {
            store.remember(accountId, delivered.mediaId(), delivered.commentId(), delivered.receivedAt());
        }
    }
}
