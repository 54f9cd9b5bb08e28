package org.shanhai.programme.programme;

/** 帮扶类型 */
public enum Scheme {
    GROUP_ASSISTANCE,      // 组团式帮扶
    EAST_WEST_COOPERATION, // 东西部协作
    COUNTERPART_SUPPORT,   // 对口支援
    TIBET_AID,             // 援藏
    XINJIANG_AID,          // 援疆
    OTHER
}
