/**
 * An account's profile, media grid, posts and active stories, read through the Graph client with a
 * short cache so that browsing stays within Meta's rate limits.
 */
package io.igstudio.media;
