package org.shanhai.training.exam;

/** 执业资格考试类别 */
public enum ExamType {
    PRACTISING_PHYSICIAN, // 执业医师
    ASSISTANT_PHYSICIAN,  // 执业助理医师
    NURSE,                // 护士执业资格
    OTHER
}
