package io.igstudio.accounts;

import java.util.List;

/**
 * What happened when a person came back from Meta's dialog, for the Accounts page to explain.
 *
 * @param connected usernames connected or updated in this round trip
 * @param pagesWithoutInstagram Pages found that have no Instagram professional account
 * @param declinedRequired required permissions the person declined (nothing was connected)
 * @param declinedOptional optional permissions declined (accounts connected, some features unavailable)
 * @param problem a sentence when Meta could not be asked, else {@code null}
 * @param otherLogin the Facebook login's name when it is not the one the person signed in with, else {@code null}
 */
public record ConnectOutcome(List<String> connected, List<String> pagesWithoutInstagram, List<String> declinedRequired,
                             List<String> declinedOptional, int pagesFound, String problem, String otherLogin) {

    ConnectOutcome(List<String> connected, List<String> pagesWithoutInstagram, List<String> declinedRequired,
                   List<String> declinedOptional, int pagesFound, String problem) {
        this(connected, pagesWithoutInstagram, declinedRequired, declinedOptional, pagesFound, problem, null);
    }

    ConnectOutcome throughOtherLogin(String facebookName) {
        return new ConnectOutcome(connected, pagesWithoutInstagram, declinedRequired, declinedOptional, pagesFound,
                problem, facebookName);
    }

    static ConnectOutcome failed(String problem) {
        return new ConnectOutcome(List.of(), List.of(), List.of(), List.of(), 0, problem);
    }

    static ConnectOutcome declined(List<String> required, List<String> optional) {
        return new ConnectOutcome(List.of(), List.of(), required, optional, 0, null);
    }

    public boolean noPages() {
        return problem == null && declinedRequired.isEmpty() && pagesFound == 0;
    }

    public boolean success() {
        return !connected.isEmpty();
    }
}
