package org.shanhai.programme.expert;

/** 职称: the physician, nursing, pharmacy and technician ladders, each title with its level. */
public enum Title {
    CHIEF_PHYSICIAN(Level.SENIOR),                     // 主任医师
    ASSOCIATE_CHIEF_PHYSICIAN(Level.ASSOCIATE_SENIOR), // 副主任医师
    ATTENDING_PHYSICIAN(Level.INTERMEDIATE),           // 主治医师
    RESIDENT_PHYSICIAN(Level.JUNIOR),                  // 住院医师
    CHIEF_NURSE(Level.SENIOR),                           // 主任护师
    ASSOCIATE_CHIEF_NURSE(Level.ASSOCIATE_SENIOR),       // 副主任护师
    NURSE_IN_CHARGE(Level.INTERMEDIATE),                 // 主管护师
    SENIOR_NURSE(Level.JUNIOR),                          // 护师
    NURSE(Level.JUNIOR),                                 // 护士
    CHIEF_PHARMACIST(Level.SENIOR),                     // 主任药师
    ASSOCIATE_CHIEF_PHARMACIST(Level.ASSOCIATE_SENIOR), // 副主任药师
    PHARMACIST_IN_CHARGE(Level.INTERMEDIATE),           // 主管药师
    PHARMACIST(Level.JUNIOR),                           // 药师
    CHIEF_TECHNICIAN(Level.SENIOR),                   // 主任技师
    ASSOCIATE_CHIEF_TECHNICIAN(Level.ASSOCIATE_SENIOR), // 副主任技师
    TECHNICIAN_IN_CHARGE(Level.INTERMEDIATE),         // 主管技师
    TECHNICIAN(Level.JUNIOR);                         // 技师

    /** 正高, 副高, 中级, 初级 */
    public enum Level { SENIOR, ASSOCIATE_SENIOR, INTERMEDIATE, JUNIOR }

    public final Level level;

    Title(Level level) {
        this.level = level;
    }

    /** 副高及以上 */
    public boolean isAssociateSeniorOrAbove() {
        return level == Level.SENIOR || level == Level.ASSOCIATE_SENIOR;
    }
}
