package org.shanhai.metrics.activity;

import java.util.Map;
import java.util.Set;

/**
 * Which catalogue indicators are counted from the other services' events, and from what (the
 * catalogue's source EVENTS). Kept in one place so the counting and its documentation agree.
 */
public final class ActivityIndicators {

    public static final String EXPERTS_ON_SITE = "EXPERTS_ON_SITE";
    public static final String TEACHING_ROUNDS = "TEACHING_ROUNDS";
    public static final String SURGICAL_DEMONSTRATIONS = "SURGICAL_DEMONSTRATIONS";
    public static final String LECTURES = "LECTURES";
    public static final String TRAINING_ATTENDANCES = "TRAINING_ATTENDANCES";
    public static final String MENTORSHIPS_ACTIVE = "MENTORSHIPS_ACTIVE";
    public static final String MENTORSHIPS_COMPLETED = "MENTORSHIPS_COMPLETED";
    public static final String STAFF_SECONDED = "STAFF_SECONDED";
    public static final String LICENCE_EXAM_CANDIDATES = "LICENCE_EXAM_CANDIDATES";
    public static final String LICENCE_EXAM_PASSED = "LICENCE_EXAM_PASSED";
    public static final String FUNDS_RECEIVED = "FUNDS_RECEIVED";

    /** Counted per month (a year or quarter is made of its months by the indicator's rule). */
    public static final Set<String> MONTHLY = Set.of(EXPERTS_ON_SITE, TEACHING_ROUNDS, SURGICAL_DEMONSTRATIONS, LECTURES,
            TRAINING_ATTENDANCES, MENTORSHIPS_ACTIVE, MENTORSHIPS_COMPLETED, STAFF_SECONDED, FUNDS_RECEIVED);

    /** Counted per year: exam results land on their exam's year. */
    public static final Set<String> YEARLY = Set.of(LICENCE_EXAM_CANDIDATES, LICENCE_EXAM_PASSED);

    /** Activity types counted one each under an indicator. */
    static final Map<String, String> BY_ACTIVITY_TYPE = Map.of(
            "TEACHING_ROUND", TEACHING_ROUNDS,
            "SURGICAL_DEMONSTRATION", SURGICAL_DEMONSTRATIONS,
            "LECTURE", LECTURES);

    /** Outreach clinics' attendees are patients, not trainees: their attendees are not training attendances. */
    static final String NOT_TRAINING = "OUTREACH_CLINIC";

    /** 进修 and 跟岗 are staff seconded; 规培 (standardised residency) is counted apart in reports. */
    static final Set<String> SECONDMENT_TYPES = Set.of("FURTHER_STUDY", "SHADOWING");

    /** 执业医师考试: the practising and assistant physician exams (医师资格考试), not the nurse exam. */
    static final Set<String> PHYSICIAN_EXAMS = Set.of("PRACTISING_PHYSICIAN", "ASSISTANT_PHYSICIAN");

    /** Which reported totals (training-total.reported types) stand for which indicator. */
    static final Map<String, String> BY_TOTAL_TYPE = Map.of(
            "TEACHING_ROUND", TEACHING_ROUNDS,
            "SURGICAL_DEMONSTRATION", SURGICAL_DEMONSTRATIONS,
            "LECTURE", LECTURES,
            "TRAINING_ATTENDANCES", TRAINING_ATTENDANCES,
            "STAFF_SECONDED", STAFF_SECONDED);

    private ActivityIndicators() {
    }

    public static boolean counted(String code) {
        return MONTHLY.contains(code) || YEARLY.contains(code);
    }
}
