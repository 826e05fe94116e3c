package io.igstudio.shared.web;

import jakarta.inject.Named;
import jakarta.mvc.RedirectScoped;
import java.io.Serializable;

/** One message shown on the page after a redirect (post/redirect/get); rendered by {@code fragments/flash.html} as {@code notice} (JSF already owns the name {@code flash}). */
@Named("notice")
@RedirectScoped
public class Flash implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind;
    private String message;

    public void success(String message) {
        this.kind = "success";
        this.message = message;
    }

    public void info(String message) {
        this.kind = "info";
        this.message = message;
    }

    public void error(String message) {
        this.kind = "danger";
        this.message = message;
    }

    public String getKind() {
        return kind;
    }

    public String getMessage() {
        return message;
    }

    public boolean isPresent() {
        return message != null;
    }
}
