package io.igstudio.sandbox.dialog;

import io.igstudio.sandbox.oauth.AuthorizationCodes;
import io.igstudio.sandbox.store.Grants;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** What pressing Allow does: records the person's choices for the app and hands out a code. */
@ApplicationScoped
public class Consent {

    @Inject
    SandboxPeople people;

    @Inject
    Grants grants;

    @Inject
    AuthorizationCodes codes;

    /** @return the URL to send the browser to, or empty when the chosen person does not exist */
    public java.util.Optional<String> allow(DialogRequest request, String userId, Collection<String> ticked, Instant now) {
        if (userId == null || people.user(userId).isEmpty()) {
            return java.util.Optional.empty();
        }
        Set<String> tickedSet = Set.copyOf(ticked);
        List<String> granted = request.scopes().stream()
                .filter(s -> tickedSet.contains(s) || s.equals(Grants.PUBLIC_PROFILE)).toList();
        List<String> declined = request.scopes().stream().filter(s -> !granted.contains(s)).toList();
        grants.decide(userId, request.clientId(), granted, declined, now);
        return java.util.Optional.of(request.allowRedirect(codes.issue(request.clientId(), userId, request.redirectUri(), now)));
    }
}
