package org.shanhai.metrics.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "数据来源: REPORTED 医院填报; EVENTS 由其他服务的事件计算 (derived, not written by hand); "
        + "MILESTONES 由里程碑计算 (derived, not written by hand)")
public enum Source {
    REPORTED, EVENTS, MILESTONES;

    public boolean isDerived() {
        return this != REPORTED;
    }
}
