package org.shanhai.programme.expert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.shanhai.common.codes.Label;

/** 职称: the physician, nursing, pharmacy and technician ladders, each title with its level. */
@Label(zh = "职称", en = "Professional title")
public enum Title {
    @Label(zh = "主任医师", en = "Chief physician")
    CHIEF_PHYSICIAN(Level.SENIOR),
    @Label(zh = "副主任医师", en = "Associate chief physician")
    ASSOCIATE_CHIEF_PHYSICIAN(Level.ASSOCIATE_SENIOR),
    @Label(zh = "主治医师", en = "Attending physician")
    ATTENDING_PHYSICIAN(Level.INTERMEDIATE),
    @Label(zh = "住院医师", en = "Resident physician")
    RESIDENT_PHYSICIAN(Level.JUNIOR),
    @Label(zh = "主任护师", en = "Chief nurse")
    CHIEF_NURSE(Level.SENIOR),
    @Label(zh = "副主任护师", en = "Associate chief nurse")
    ASSOCIATE_CHIEF_NURSE(Level.ASSOCIATE_SENIOR),
    @Label(zh = "主管护师", en = "Nurse in charge")
    NURSE_IN_CHARGE(Level.INTERMEDIATE),
    @Label(zh = "护师", en = "Senior nurse")
    SENIOR_NURSE(Level.JUNIOR),
    @Label(zh = "护士", en = "Nurse")
    NURSE(Level.JUNIOR),
    @Label(zh = "主任药师", en = "Chief pharmacist")
    CHIEF_PHARMACIST(Level.SENIOR),
    @Label(zh = "副主任药师", en = "Associate chief pharmacist")
    ASSOCIATE_CHIEF_PHARMACIST(Level.ASSOCIATE_SENIOR),
    @Label(zh = "主管药师", en = "Pharmacist in charge")
    PHARMACIST_IN_CHARGE(Level.INTERMEDIATE),
    @Label(zh = "药师", en = "Pharmacist")
    PHARMACIST(Level.JUNIOR),
    @Label(zh = "主任技师", en = "Chief technician")
    CHIEF_TECHNICIAN(Level.SENIOR),
    @Label(zh = "副主任技师", en = "Associate chief technician")
    ASSOCIATE_CHIEF_TECHNICIAN(Level.ASSOCIATE_SENIOR),
    @Label(zh = "主管技师", en = "Technician in charge")
    TECHNICIAN_IN_CHARGE(Level.INTERMEDIATE),
    @Label(zh = "技师", en = "Technician")
    TECHNICIAN(Level.JUNIOR);

    /** 正高, 副高, 中级, 初级 */
    @Schema(name = "TitleLevel")
    @Label(zh = "职称级别", en = "Title level")
    public enum Level {
        @Label(zh = "正高级", en = "Senior")
        SENIOR,
        @Label(zh = "副高级", en = "Associate senior")
        ASSOCIATE_SENIOR,
        @Label(zh = "中级", en = "Intermediate")
        INTERMEDIATE,
        @Label(zh = "初级", en = "Junior")
        JUNIOR
    }

    public final Level level;

    Title(Level level) {
        this.level = level;
    }

    /** 副高及以上 */
    public boolean isAssociateSeniorOrAbove() {
        return level == Level.SENIOR || level == Level.ASSOCIATE_SENIOR;
    }
}
