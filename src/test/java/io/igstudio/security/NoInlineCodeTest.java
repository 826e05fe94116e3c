package io.igstudio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows no inline script, event handler or style attribute: a template that
 * had one would break in the browser. JavaScript goes to webapp/static/js, CSS to webapp/static/css.
 */
class NoInlineCodeTest {

    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|\\s(?:th:)?on[a-z]+\\s*=|\\s(?:th:)?style\\s*=|<style[\\s>]|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void templatesHaveNoInlineScriptHandlerOrStyle() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("webapp/WEB-INF/views"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                var m = INLINE.matcher(Files.readString(template));
                while (m.find()) {
                    found.add(template + ": " + m.group().trim());
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
