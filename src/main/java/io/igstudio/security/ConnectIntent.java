package io.igstudio.security;

import java.io.Serializable;
import java.util.List;

/** Kept in the session between "Connect Instagram" and Meta's callback: what was asked, and for whom. */
record ConnectIntent(List<String> scopes, String ownerUserId) implements Serializable {
    static final String SESSION_KEY = "igstudio.connectIntent";
}
