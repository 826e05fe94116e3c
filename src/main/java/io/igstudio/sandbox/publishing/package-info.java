/**
 * Content publishing in the Meta sandbox, as Meta does it
 * (https://developers.facebook.com/docs/instagram-platform/content-publishing; {@code graph-api-facts.md} stands over
 * it): media containers created with the parameters each post type takes and no others ({@link
 * io.igstudio.sandbox.publishing.ContainerRules}), images and covers really downloaded and checked ({@link
 * io.igstudio.sandbox.publishing.MediaFetcher}, {@link io.igstudio.sandbox.publishing.ImageCheck}), videos processed
 * for a configurable time or failing when told to, resumable uploads on the sandbox's stand-in for
 * {@code rupload.facebook.com}, containers expiring after 24 hours on the sandbox clock, {@code media_publish}
 * publishing a container once into the account's media or stories, the 24-hour publishing quota and the 400
 * containers a day, deleting a post and turning its comments off or on. Errors carry Meta's codes, subcodes and
 * user messages ({@link io.igstudio.sandbox.publishing.PublishingError}). The publishing controls (quota,
 * processing time, failing videos) are on {@code /sandbox/control} and under {@code /sandbox/meta/_control/publishing}.
 */
package io.igstudio.sandbox.publishing;
