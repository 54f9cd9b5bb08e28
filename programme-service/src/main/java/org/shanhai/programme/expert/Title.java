package org.shanhai.programme.expert;

/** 职称: four ladders (physician, nursing, pharmacy, technician), each with its level. */
public enum Title {
    CHIEF_PHYSICIAN(Ladder.PHYSICIAN, Level.SENIOR),                     // 主任医师
    ASSOCIATE_CHIEF_PHYSICIAN(Ladder.PHYSICIAN, Level.ASSOCIATE_SENIOR), // 副主任医师
    ATTENDING_PHYSICIAN(Ladder.PHYSICIAN, Level.INTERMEDIATE),           // 主治医师
    RESIDENT_PHYSICIAN(Ladder.PHYSICIAN, Level.JUNIOR),                  // 住院医师
    CHIEF_NURSE(Ladder.NURSING, Level.SENIOR),                           // 主任护师
    ASSOCIATE_CHIEF_NURSE(Ladder.NURSING, Level.ASSOCIATE_SENIOR),       // 副主任护师
    NURSE_IN_CHARGE(Ladder.NURSING, Level.INTERMEDIATE),                 // 主管护师
    SENIOR_NURSE(Ladder.NURSING, Level.JUNIOR),                          // 护师
    NURSE(Ladder.NURSING, Level.JUNIOR),                                 // 护士
    CHIEF_PHARMACIST(Ladder.PHARMACY, Level.SENIOR),                     // 主任药师
    ASSOCIATE_CHIEF_PHARMACIST(Ladder.PHARMACY, Level.ASSOCIATE_SENIOR), // 副主任药师
    PHARMACIST_IN_CHARGE(Ladder.PHARMACY, Level.INTERMEDIATE),           // 主管药师
    PHARMACIST(Ladder.PHARMACY, Level.JUNIOR),                           // 药师
    CHIEF_TECHNICIAN(Ladder.TECHNICIAN, Level.SENIOR),                   // 主任技师
    ASSOCIATE_CHIEF_TECHNICIAN(Ladder.TECHNICIAN, Level.ASSOCIATE_SENIOR), // 副主任技师
    TECHNICIAN_IN_CHARGE(Ladder.TECHNICIAN, Level.INTERMEDIATE),         // 主管技师
    TECHNICIAN(Ladder.TECHNICIAN, Level.JUNIOR);                         // 技师

    public enum Ladder { PHYSICIAN, NURSING, PHARMACY, TECHNICIAN }

    /** 正高, 副高, 中级, 初级 */
    public enum Level { SENIOR, ASSOCIATE_SENIOR, INTERMEDIATE, JUNIOR }

    public final Ladder ladder;
    public final Level level;

    Title(Ladder ladder, Level level) {
        this.ladder = ladder;
        this.level = level;
    }

    /** 副高及以上 */
    public boolean isAssociateSeniorOrAbove() {
        return level == Level.SENIOR || level == Level.ASSOCIATE_SENIOR;
    }
}
