/**
 * Scheduling: posts for a chosen wall-clock time in the person's zone or the account's next free posting
 * slot, the queue page, the calendar, posting slots per account and the person's time zone. The posts
 * themselves are publishing's ({@link io.igstudio.publishing.Post}, state SCHEDULED); the publishing timer
 * claims them when due (and marks them MISSED when IG Studio was down too long), so there is one path to
 * Instagram.
 */
package io.igstudio.scheduling;
