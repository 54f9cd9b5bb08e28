package org.shanhai.programme.programme;

import org.shanhai.common.codes.Label;

/** 帮扶类型 */
@Label(zh = "帮扶形式", en = "Assistance scheme")
public enum Scheme {
    @Label(zh = "组团式帮扶", en = "Group (team) assistance")
    GROUP_ASSISTANCE,
    @Label(zh = "东西部协作", en = "East-west cooperation")
    EAST_WEST_COOPERATION,
    @Label(zh = "对口支援", en = "Counterpart support")
    COUNTERPART_SUPPORT,
    @Label(zh = "援藏", en = "Aid to Tibet")
    TIBET_AID,
    @Label(zh = "援疆", en = "Aid to Xinjiang")
    XINJIANG_AID,
    @Label(zh = "其他", en = "Other")
    OTHER
}
