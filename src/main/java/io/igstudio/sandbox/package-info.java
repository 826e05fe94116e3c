/**
 * The built-in Meta sandbox: a faithful stand-in for Meta's OAuth dialog and the Graph API endpoints IG
 * Studio uses, served under {@code /sandbox/meta} when {@code igstudio.meta.mode=sandbox} and answering 404
 * otherwise. It owns its own tables ({@code db/sandbox}, history in {@code sandbox_schema_history}).
 *
 * <p>Roles: {@code dialog} (the OAuth dialog page), {@code oauth} (codes, tokens and the
 * {@code /oauth/access_token} endpoint), {@code graph} (the JSON endpoints, Meta's error object, request
 * parsing, paging and field expansion), {@code store} (JDBC access to the seeded people, Pages and
 * Instagram accounts, and to grants), {@code media} (each account's generated feed, reels, carousels and
 * clock-derived stories, the IG User and IG Media nodes and their edges, and the placeholder pictures and
 * video), {@code publishing} (media containers, resumable uploads, {@code media_publish}, the publishing quota,
 * deleting posts and switching their comments) and {@code control} (per-account fault modes, the hourly usage budget behind
 * {@code X-Business-Use-Case-Usage}, call statistics, the sandbox clock, the {@code /sandbox/control} page and its JSON
 * twin under {@code /sandbox/meta/_control}).
 *
 * <p>Business or creator? Under Facebook Login (graph.facebook.com) the IG User node documents no field
 * that tells a BUSINESS from a MEDIA_CREATOR account; {@code account_type} belongs to the Instagram Login
 * API (graph.instagram.com). The sandbox keeps the type in its seed data but, like Meta, refuses
 * {@code fields=account_type} with error 100 ("Tried accessing nonexisting field").
 */
package io.igstudio.sandbox;
