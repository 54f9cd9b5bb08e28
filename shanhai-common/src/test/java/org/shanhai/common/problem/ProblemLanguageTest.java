package org.shanhai.common.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemLanguageTest {

    @Test
    void englishOnlyWhenItComesBeforeChinese() {
        assertFalse(ProblemLanguage.prefersEnglish(null));
        assertFalse(ProblemLanguage.prefersEnglish(""));
        assertFalse(ProblemLanguage.prefersEnglish("zh-CN,zh;q=0.9,en;q=0.8"));
        assertFalse(ProblemLanguage.prefersEnglish("fr-FR"));
        assertFalse(ProblemLanguage.prefersEnglish("en;q=0.5,zh;q=0.9"));
        assertFalse(ProblemLanguage.prefersEnglish("not a language range ;;"));
        assertTrue(ProblemLanguage.prefersEnglish("en"));
        assertTrue(ProblemLanguage.prefersEnglish("en-GB,en;q=0.9,zh;q=0.5"));
        assertTrue(ProblemLanguage.prefersEnglish("fr;q=1,en-US;q=0.8"));
    }
}
