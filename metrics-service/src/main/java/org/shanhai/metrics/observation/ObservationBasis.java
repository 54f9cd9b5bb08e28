package org.shanhai.metrics.observation;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "填报口径: RECORDED 医院填报 (default); REPORTED 报告或公开资料给出的数; "
        + "REPORTED_RATE 报告只给出比率、未给分子分母 (RATIO indicators only, said explicitly; never aggregated)")
@Label(zh = "填报口径", en = "Observation basis")
public enum ObservationBasis {
    @Label(zh = "记录值", en = "Recorded")
    RECORDED,
    @Label(zh = "报告值", en = "Reported")
    REPORTED,
    @Label(zh = "报告率", en = "Reported rate")
    REPORTED_RATE
}
