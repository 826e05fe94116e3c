/**
 * The audit log: who did what to which target, when, from which address and with which outcome. A servlet
 * filter records every state-changing request of a signed-in person under a name derived from its route
 * (so features added later are covered without code of their own), and every sign-in attempt. Never a
 * token, a secret or a form body: only the path's ids. Admins filter it and export it as CSV.
 */
package io.igstudio.audit;
