package org.parallax.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void keepsNumbersWithTheirGroupingDecimalsCurrencyAndPercent() {
        List<Token> tokens = tokenizer.tokenize("They spent $10 on 2,000 chips, 3.5 times more, 40% of it.");
        assertThat(tokens).filteredOn(t -> t.kind() == TokenKind.NUMBER).extracting(Token::text)
                .containsExactly("$10", "2,000", "3.5", "40%");
    }

    @Test
    void aTrailingCommaOrFullStopIsNotPartOfTheNumber() {
        assertThat(tokenizer.tokenize("about 2,000, then 5.")).extracting(Token::text)
                .containsExactly("about", "2,000", ",", "then", "5", ".");
    }

    @Test
    void wordsKeepInnerApostrophesAndHyphensAndKeysFoldTypography() {
        List<Token> tokens = tokenizer.tokenize("I\u2019ve heard in-house \u201CNo\u201D \u2014 done");
        assertThat(tokens).extracting(Token::text, Token::key).containsExactly(
                tuple("I\u2019ve", "i've"), tuple("heard", "heard"), tuple("in-house", "in-house"),
                tuple("\u201C", "\""), tuple("No", "no"), tuple("\u201D", "\""), tuple("\u2014", "-"),
                tuple("done", "done"));
    }

    @Test
    void offsetsPointIntoTheOriginalTextAndAnEmojiIsOneToken() {
        String text = "Beta \uD83D\uDE80 notes: ok";
        List<Token> tokens = tokenizer.tokenize(text);
        assertThat(tokens).extracting(t -> text.substring(t.start(), t.end())).containsExactly(
                "Beta", "\uD83D\uDE80", "notes", ":", "ok");
        assertThat(tokens.get(1).kind()).isEqualTo(TokenKind.PUNCTUATION);
        assertThat(tokens.get(2).start()).isEqualTo(8);
    }

    @Test
    void abbreviationsStayOneWordAndDoNotEndASentence() {
        List<Token> tokens = tokenizer.tokenize("The U.S. leads. China follows");
        assertThat(tokens).extracting(Token::text).containsExactly("The", "U.S.", "leads", ".", "China",
                "follows");
        assertThat(tokens).filteredOn(Token::sentenceStart).extracting(Token::text)
                .containsExactly("The", "China");
    }

    @Test
    void sentenceStartsFollowFullStopsOpeningQuotesAndLineBreaks() {
        List<Token> tokens = tokenizer.tokenize("Labs grow. \u201CSome\u201D shrink! Heading\nBody text, Then");
        assertThat(tokens).filteredOn(Token::sentenceStart).extracting(Token::text)
                .containsExactly("Labs", "Some", "Heading", "Body");
    }

    @Test
    void emptyAndBlankTextsHaveNoTokens() {
        assertThat(tokenizer.tokenize("")).isEmpty();
        assertThat(tokenizer.tokenize(" \n\t\u00A0")).isEmpty();
    }

    @Test
    void eachPartOfAPassageOpensASentence() {
        Passage quotes = Passage.joined(List.of("labs build \u201Ctheir own\u201D", "\u201CEngineers stay", "late"));
        List<Token> tokens = tokenizer.tokenize(quotes);
        assertThat(tokens).filteredOn(Token::sentenceStart).extracting(Token::text)
                .containsExactly("labs", "Engineers", "late");
        assertThat(tokenizer.tokenize(quotes.text())).filteredOn(Token::sentenceStart).extracting(Token::text)
                .containsExactly("labs");
    }
}
