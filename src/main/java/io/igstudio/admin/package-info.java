/**
 * The admin console under {@code /admin}, for administrators only (security.AdminGuard, users.AdminRole):
 * people (suspend, lift, grant and revoke the role), every Instagram account (token refresh, disconnect),
 * publishing jobs across people and the EJB timers, Meta's rate-limit usage over 24 hours (sampled from
 * graph.GraphUsage), and the system's state. The audit log has its own package, io.igstudio.audit.
 */
package io.igstudio.admin;
