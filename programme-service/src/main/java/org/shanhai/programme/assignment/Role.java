package org.shanhai.programme.assignment;

/** 派驻职务 */
public enum Role {
    TEAM_LEADER,                // 队长
    PRESIDENT,                  // 院长
    EXECUTIVE_VICE_PRESIDENT,   // 常务副院长
    VICE_PRESIDENT,             // 业务副院长
    DEPARTMENT_HEAD,            // 科主任
    SECONDED_TOWNSHIP_DIRECTOR, // 挂职业务院长
    MEMBER                      // 队员
}
