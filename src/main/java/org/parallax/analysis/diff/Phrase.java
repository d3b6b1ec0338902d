package org.parallax.analysis.diff;

/**
 * A matched phrase of a text: tokens {@code [startToken, endToken)}, their text as written (from the first
 * token's start to the last one's end) and a comparison key.
 */
record Phrase(int startToken, int endToken, String text, String key, TextRange range) {

    static Phrase of(String source, java.util.List<Token> tokens, int startToken, int endToken) {
        StringBuilder key = new StringBuilder();
        for (int i = startToken; i < endToken; i++) {
            Token token = tokens.get(i);
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(token.kind() == TokenKind.NUMBER ? token.key().replace(",", "") : token.key());
        }
        int start = tokens.get(startToken).start();
        int end = tokens.get(endToken - 1).end();
        return new Phrase(startToken, endToken, source.substring(start, end), key.toString(),
                new TextRange(start, end));
    }

    boolean overlaps(int fromToken, int toToken) {
        return startToken < toToken && fromToken < endToken;
    }
}
