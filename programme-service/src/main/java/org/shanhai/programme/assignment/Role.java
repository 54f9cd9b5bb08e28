package org.shanhai.programme.assignment;

import org.shanhai.common.codes.Label;

/** 派驻职务 */
@Label(zh = "派驻职务", en = "Assignment role")
public enum Role {
    @Label(zh = "队长", en = "Team leader")
    TEAM_LEADER,
    @Label(zh = "院长", en = "President")
    PRESIDENT,
    @Label(zh = "常务副院长", en = "Executive vice president")
    EXECUTIVE_VICE_PRESIDENT,
    @Label(zh = "副院长", en = "Vice president")
    VICE_PRESIDENT,
    @Label(zh = "科主任", en = "Department head")
    DEPARTMENT_HEAD,
    @Label(zh = "下沉乡镇卫生院院长", en = "Director seconded to a township health centre")
    SECONDED_TOWNSHIP_DIRECTOR,
    @Label(zh = "队员", en = "Team member")
    MEMBER
}
