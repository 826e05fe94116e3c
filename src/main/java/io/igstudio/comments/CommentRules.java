package io.igstudio.comments;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a comment matches a moderation rule; pure functions. Keywords and phrases match case-insensitively
 * as whole words: "spam" matches "Spam!" but not "spammy"; a term that starts or ends with a symbol (an emoji,
 * "$$$") needs no word boundary on that side, so "🔥" matches "🔥🔥🔥".
 */
public final class CommentRules {

    public enum Kind {
        /** Hides comments containing any of the words, phrases or emoji. */
        KEYWORDS,
        /** Hides comments with a link. */
        LINKS,
        /** Hides comments from these usernames. */
        USERNAMES,
        /** Hides comments with more than N @mentions. */
        MENTIONS
    }

    public record Rule(Kind kind, List<String> terms, int maxMentions) {
    }

    /** A URL, a www. address, or a bare domain with a common top-level domain. */
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|www\\.)\\S+"
            + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|io|co|ly|me|app|info|biz|xyz|link|shop|gg|tv)\\b");
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@[A-Za-z0-9._]{1,30}");

    private CommentRules() {
    }

    /** The first term (or the rule's kind) that matched, or empty. */
    public static Optional<String> match(Rule rule, String username, String text) {
        String body = text == null ? "" : text;
        return switch (rule.kind()) {
            case KEYWORDS -> rule.terms().stream().filter(t -> containsWord(body, t)).findFirst();
            case LINKS -> hasLink(body) ? Optional.of("link") : Optional.empty();
            case USERNAMES -> rule.terms().stream()
                    .filter(u -> username != null && strip(u).equalsIgnoreCase(strip(username))).findFirst();
            case MENTIONS -> mentions(body) > rule.maxMentions()
                    ? Optional.of(mentions(body) + " mentions") : Optional.empty();
        };
    }

    public static boolean hasLink(String text) {
        return text != null && LINK.matcher(text).find();
    }

    public static int mentions(String text) {
        Matcher m = MENTION.matcher(text == null ? "" : text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Whole-word, case-insensitive containment of {@code term} in {@code text}. */
    static boolean containsWord(String text, String term) {
        String t = term.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return false;
        }
        String s = text.toLowerCase(Locale.ROOT);
        boolean wordStart = isWord(t.codePointAt(0));
        boolean wordEnd = isWord(t.codePointBefore(t.length()));
        for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1)) {
            int end = i + t.length();
            boolean startOk = !wordStart || i == 0 || !isWord(s.codePointBefore(i));
            boolean endOk = !wordEnd || end == s.length() || !isWord(s.codePointAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == '_';
    }

    private static String strip(String username) {
        String u = username.strip();
        return u.startsWith("@") ? u.substring(1) : u;
    }
}
