/**
 * Research (issue 22): hashtag search within Meta's 30 unique hashtags per account per rolling 7 days (counted in
 * IG Studio's own table before Meta is asked), hashtag sets for captions, the mentions and tags page of an account,
 * and comparison with other public Business or Creator accounts (Business Discovery) with a daily snapshot.
 * Meta is called through {@code graph.ResearchClient} only.
 */
package io.igstudio.research;
