package io.igstudio.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommentRulesTest {

    private static CommentRules.Rule words(String... terms) {
        return new CommentRules.Rule(CommentRules.Kind.KEYWORDS, List.of(terms), 0);
    }

    @Test
    void keywordsMatchWholeWordsInAnyCase() {
        assertEquals(Optional.of("spam"), CommentRules.match(words("spam"), "x", "This is SPAM!"));
        assertFalse(CommentRules.match(words("spam"), "x", "spammy stuff").isPresent(), "part of a word");
        assertFalse(CommentRules.match(words("ass"), "x", "a classic loaf").isPresent(), "inside another word");
        assertTrue(CommentRules.match(words("free followers"), "x", "Get FREE followers now").isPresent(), "a phrase");
        assertFalse(CommentRules.match(words("free followers"), "x", "free followersss").isPresent());
    }

    @Test
    void emojiMatchWithoutWordBoundaries() {
        assertTrue(CommentRules.match(words("🔥"), "x", "🔥🔥🔥").isPresent());
        assertTrue(CommentRules.match(words("🔥"), "x", "so hot🔥").isPresent());
        assertFalse(CommentRules.match(words("🔥"), "x", "lovely 😍").isPresent());
    }

    @Test
    void accentedLettersAreWordCharacters() {
        assertFalse(CommentRules.match(words("cafe"), "x", "caféine").isPresent());
        assertTrue(CommentRules.match(words("Crème"), "x", "la crème brûlée").isPresent());
    }

    @Test
    void links() {
        var links = new CommentRules.Rule(CommentRules.Kind.LINKS, List.of(), 0);
        assertTrue(CommentRules.match(links, "x", "see http://spam.example.com/x").isPresent());
        assertTrue(CommentRules.match(links, "x", "visit www.example.org").isPresent());
        assertTrue(CommentRules.match(links, "x", "go to bit.ly/abc").isPresent());
        assertFalse(CommentRules.match(links, "x", "Lovely bread. See you soon").isPresent());
        assertFalse(CommentRules.match(links, "x", "ends with a dot.").isPresent());
    }

    @Test
    void usernamesWithOrWithoutTheAtSign() {
        var rule = new CommentRules.Rule(CommentRules.Kind.USERNAMES, List.of("@Promo.Deals", "spammer"), 0);
        assertTrue(CommentRules.match(rule, "promo.deals", "hi").isPresent());
        assertTrue(CommentRules.match(rule, "SPAMMER", "hi").isPresent());
        assertFalse(CommentRules.match(rule, "promo.dealsx", "hi").isPresent());
    }

    @Test
    void moreThanNMentions() {
        var rule = new CommentRules.Rule(CommentRules.Kind.MENTIONS, List.of(), 2);
        assertFalse(CommentRules.match(rule, "x", "@a @b thanks").isPresent(), "two is not more than two");
        assertTrue(CommentRules.match(rule, "x", "@a @b @c.d look").isPresent());
        assertEquals(0, CommentRules.mentions("mail me at bob@example.com"), "an email address is no mention");
    }
}
