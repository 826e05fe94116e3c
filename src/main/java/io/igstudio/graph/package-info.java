/**
 * The Meta Graph API: which Meta to talk to ({@link io.igstudio.graph.MetaPlatform}) and, as features
 * arrive, the one typed client that builds Graph URLs, maps Meta's error object and keeps the rate-limit
 * books. Nothing outside this package builds a Graph URL.
 */
package io.igstudio.graph;
