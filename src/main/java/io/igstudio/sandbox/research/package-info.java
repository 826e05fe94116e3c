/**
 * The Meta sandbox's research part (issue 22): {@code ig_hashtag_search} with Meta's limit of 30 unique hashtags
 * per account in a rolling 7 days, the IG Hashtag node with {@code top_media} and {@code recent_media}, the
 * {@code tags} edge, {@code mentioned_media} / {@code mentioned_comment} and {@code POST /{ig-user-id}/mentions},
 * and {@code business_discovery} for a few made-up public accounts, and a control that makes a new mention arrive
 * and delivers Meta's signed {@code mentions} webhook. Media of other accounts are generated deterministically from
 * the sandbox clock; nothing here is stored but hashtag queries, hashtag ids, replies and new mentions.
 */
package io.igstudio.sandbox.research;
