/**
 * Insights: an account's metrics over a chosen range as charts with totals and the change against the previous
 * period, its audience, each post's metrics by product type, a table of top posts, CSV export, and the history that
 * IG Studio keeps itself (a daily snapshot timer) so that charts reach back further than Meta and stories keep their
 * numbers after 24 hours. Only metrics Meta's current API accepts are ever requested ({@link
 * io.igstudio.insights.MetricCatalogue}); Meta is called through {@link io.igstudio.graph.InsightsClient}.
 */
package io.igstudio.insights;
