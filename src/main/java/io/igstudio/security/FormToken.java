package io.igstudio.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mvc.security.Csrf;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The CSRF field of a form ({@code fragments/csrf.html}). Asking for it is what creates the session
 * that keeps the token (see {@link LazyCsrfTokens}): pages without a form cost no session.
 */
@Named("formToken")
@RequestScoped
public class FormToken {

    @Inject
    HttpServletRequest request;

    @Inject
    Csrf csrf;

    public String getName() {
        return csrf.getName();
    }

    public String getValue() {
        request.setAttribute(LazyCsrfTokens.FORM_NEEDS_TOKEN, Boolean.TRUE);
        return csrf.getToken();
    }
}
