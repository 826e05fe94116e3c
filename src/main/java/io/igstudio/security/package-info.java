/**
 * All security glue: the pac4j configuration ({@link io.igstudio.security.SecurityConfigProducer}), the
 * filter registration ({@link io.igstudio.security.SecurityFilters}) and the request-scoped
 * {@link io.igstudio.security.CurrentUser} that features use. No pac4j type leaves this package.
 */
package io.igstudio.security;
