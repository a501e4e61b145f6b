package org.jiceng.io;

import java.util.Random;

/** Random small edits of a document's text, for properties that feed readers broken input. */
public final class TextMutations {

    private TextMutations() {
    }

    /**
     * Applies one to four random edits: delete a character, insert one of the tokens, or overwrite a
     * character with a printable ASCII one.
     *
     * @param text the document text
     * @param random the source of the edits (same seed, same edits)
     * @param tokens the snippets an insertion picks from
     * @return the edited text
     */
    public static String mutate(String text, Random random, String... tokens) {
        StringBuilder mutated = new StringBuilder(text);
        for (int i = 0; i < 1 + random.nextInt(4) && mutated.length() > 0; i++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.insert(at, tokens[random.nextInt(tokens.length)]);
                default -> mutated.setCharAt(at, (char) (' ' + random.nextInt(95)));
            }
        }
        return mutated.toString();
    }
}
