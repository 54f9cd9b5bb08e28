package org.shanhai.programme.expert;

import org.shanhai.common.codes.Label;

/** 最高学位 */
@Label(zh = "学位", en = "Degree")
public enum Degree {
    @Label(zh = "博士", en = "Doctorate")
    DOCTORATE,
    @Label(zh = "硕士", en = "Master's")
    MASTER,
    @Label(zh = "学士", en = "Bachelor's")
    BACHELOR,
    @Label(zh = "其他", en = "Other")
    OTHER
}
