/**
 * Insights in the Meta sandbox: {@code GET /{ig-user-id}/insights} and {@code GET /{ig-media-id}/insights} with
 * Meta's JSON shapes, deterministic and plausible numbers per account, media, metric and day on the sandbox
 * clock, and Meta's refusals: retired metrics, metrics a media product type lacks, ranges longer than 30 days,
 * too few viewers, demographics without enough followers or without a timeframe, and the up to 48 hours by which
 * Meta's data lags (https://developers.facebook.com/docs/instagram-platform/insights;
 * {@code graph-api-facts.md} stands over it).
 */
package io.igstudio.sandbox.insights;
