package org.shanhai.programme.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitleTest {

    @Test
    void everyTitleHasItsLevel() {
        Map<Title, Title.Level> expected = new EnumMap<>(Title.class);
        for (String senior : new String[] {"CHIEF_PHYSICIAN", "CHIEF_NURSE", "CHIEF_PHARMACIST", "CHIEF_TECHNICIAN"}) {
            expected.put(Title.valueOf(senior), Title.Level.SENIOR);
        }
        for (String t : new String[] {"ASSOCIATE_CHIEF_PHYSICIAN", "ASSOCIATE_CHIEF_NURSE", "ASSOCIATE_CHIEF_PHARMACIST",
                "ASSOCIATE_CHIEF_TECHNICIAN"}) {
            expected.put(Title.valueOf(t), Title.Level.ASSOCIATE_SENIOR);
        }
        for (String t : new String[] {"ATTENDING_PHYSICIAN", "NURSE_IN_CHARGE", "PHARMACIST_IN_CHARGE", "TECHNICIAN_IN_CHARGE"}) {
            expected.put(Title.valueOf(t), Title.Level.INTERMEDIATE);
        }
        for (String t : new String[] {"RESIDENT_PHYSICIAN", "SENIOR_NURSE", "NURSE", "PHARMACIST", "TECHNICIAN"}) {
            expected.put(Title.valueOf(t), Title.Level.JUNIOR);
        }
        assertEquals(Title.values().length, expected.size(), "every title is listed here");
        for (Title t : Title.values()) {
            assertEquals(expected.get(t), t.level, t.name());
            assertEquals(t.level == Title.Level.SENIOR || t.level == Title.Level.ASSOCIATE_SENIOR,
                    t.isAssociateSeniorOrAbove(), t.name());
        }
    }
}
