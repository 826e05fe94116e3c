/**
 * Comment moderation (issue 20): a post's thread (reply, comment, hide, delete, comments on/off), the inbox of
 * every account's stored comments, saved replies, per-account rules applied to new comments with every
 * automatic action recorded and undoable, and the comments IG Studio learns of from Meta's webhooks
 * ({@code /webhooks/instagram}) or, without webhooks, from a polling timer.
 */
package io.igstudio.comments;
