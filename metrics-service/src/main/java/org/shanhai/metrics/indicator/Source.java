package org.shanhai.metrics.indicator;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "数据来源: REPORTED 医院填报; EVENTS 由其他服务的事件计算 (derived, not written by hand); "
        + "MILESTONES 由里程碑计算 (derived, not written by hand)")
@Label(zh = "数据来源", en = "Source")
public enum Source {
    @Label(zh = "填报", en = "Reported")
    REPORTED,
    @Label(zh = "业务记录", en = "From records (events)")
    EVENTS,
    @Label(zh = "里程碑", en = "From milestones")
    MILESTONES;

    public boolean isDerived() {
        return this != REPORTED;
    }
}
