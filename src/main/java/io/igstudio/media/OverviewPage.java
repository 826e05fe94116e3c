package io.igstudio.media;

import io.igstudio.accounts.AccountView;
import io.igstudio.graph.AccountOverview;
import io.igstudio.graph.GraphUsage;
import io.igstudio.graph.MediaItem;
import java.util.List;

/**
 * The account page's model. {@code overview} is {@code null} when Meta could not be asked and nothing is
 * cached (the page then shows what IG Studio stored at the last connect, with its age); {@code notice} then
 * (or for stale data) says why. {@code scanned} is how many posts were read to find {@code items}.
 */
public record OverviewPage(AccountView account, AccountOverview overview, List<MediaItem> items, String nextCursor,
                           String kind, String notice, boolean needsReconnect, GraphUsage.Usage usage, int scanned) {
}
