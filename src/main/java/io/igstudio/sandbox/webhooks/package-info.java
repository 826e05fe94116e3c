/**
 * The Meta sandbox's webhook deliveries to IG Studio ({@code comments} from the comments feed, {@code mentions} from
 * the research part), signed with the sandbox app secret as Meta signs them.
 */
package io.igstudio.sandbox.webhooks;
