package io.igstudio.research;

import io.igstudio.accounts.AccountView;
import io.igstudio.graph.PublicAccount;
import java.util.List;

/**
 * The comparison page: the person's account chosen to ask with (its stored numbers beside the other's), the other
 * account as Business Discovery shows it (or Meta's reason why not), and the list of compared accounts with their
 * daily numbers.
 */
public record ComparePage(List<AccountView> accounts, AccountView own, String username, PublicAccount other,
                          String problem, List<Entry> compared) {

    /** A compared account with its latest daily snapshots, newest first. */
    public record Entry(CompareStore.Compared compared, List<CompareStore.Snapshot> snapshots) {
    }
}
