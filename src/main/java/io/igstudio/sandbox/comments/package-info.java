/**
 * The Meta sandbox, part 5: comments on the sandbox's media — threads with replies, hidden state, usernames and
 * like counts, generated lazily and deterministically like the media themselves — with the comment moderation
 * endpoints ({@code /{ig-media-id}/comments}, {@code /{ig-comment-id}/replies}, hide, delete), private replies
 * ({@code POST /{ig-user-id}/messages}) and a control that makes new comments arrive and delivers Meta's signed
 * {@code comments} webhooks to IG Studio.
 */
package io.igstudio.sandbox.comments;
