package org.shanhai.training.exam;

import org.shanhai.common.codes.Label;

/** 执业资格考试类别 */
@Label(zh = "考试类别", en = "Exam type")
public enum ExamType {
    @Label(zh = "执业医师", en = "Practising physician")
    PRACTISING_PHYSICIAN,
    @Label(zh = "执业助理医师", en = "Assistant physician")
    ASSISTANT_PHYSICIAN,
    @Label(zh = "护士执业资格", en = "Nurse licensing")
    NURSE,
    @Label(zh = "其他", en = "Other")
    OTHER
}
