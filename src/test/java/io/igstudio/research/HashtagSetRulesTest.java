package io.igstudio.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HashtagSetRulesTest {

    @Test
    void tagsAreReadWithOrWithoutHashOnceEachInOrder() {
        assertEquals(List.of("sourdough", "bread", "levain"), HashtagSetRules.parse("#Sourdough, bread\n#levain #bread"));
        assertTrue(HashtagSetRules.check("Bakery", HashtagSetRules.parse("#a #b")).isEmpty());
    }

    @Test
    void aSetTakesAtMostThirtyHashtagsAsACaptionDoes() {
        String thirtyOne = IntStream.rangeClosed(1, 31).mapToObj(i -> "#tag" + i).collect(Collectors.joining(" "));
        assertTrue(HashtagSetRules.check("Too many", HashtagSetRules.parse(thirtyOne)).get("tags").contains("30"));
        String thirty = IntStream.rangeClosed(1, 30).mapToObj(i -> "tag" + i).collect(Collectors.joining(" "));
        assertTrue(HashtagSetRules.check("Just right", HashtagSetRules.parse(thirty)).isEmpty());
    }

    @Test
    void somethingThatIsNotAHashtagIsNamed() {
        String error = HashtagSetRules.check("Bad", HashtagSetRules.parse("#good no-dash")).get("tags");
        assertTrue(error.contains("no-dash"), error);
        assertTrue(HashtagSetRules.check(" ", List.of("a")).containsKey("name"));
    }
}
