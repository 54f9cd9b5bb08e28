package org.shanhai.common.problem;

/**
 * A message for a client in both of the API's languages. Problems are written to the caller in
 * Chinese unless its {@code Accept-Language} prefers English ({@link ProblemLanguage}); every
 * message a service writes into a problem's {@code detail} or {@code errors[].message} is one of
 * these, so that neither language is an afterthought.
 */
public record Text(String en, String zh) {

    public Text {
        if (en == null || zh == null) {
            throw new IllegalArgumentException("a message needs both its English and its Chinese");
        }
    }

    public static Text of(String en, String zh) {
        return new Text(en, zh);
    }

    /** The message in the language of the request being answered (Chinese outside a request). */
    public String resolve() {
        return in(ProblemLanguage.english());
    }

    public String in(boolean english) {
        return english ? en : zh;
    }

    /** This message followed by another, as one sentence goes on ("...; ..."). */
    public Text then(String separator, Text more) {
        return new Text(en + separator + more.en, zh + separator + more.zh);
    }

    @Override
    public String toString() {
        return en;
    }
}
