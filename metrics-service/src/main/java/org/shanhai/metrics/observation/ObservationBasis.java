package org.shanhai.metrics.observation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "填报口径: RECORDED 医院填报 (default); REPORTED 报告或公开资料给出的数; "
        + "REPORTED_RATE 报告只给出比率、未给分子分母 (RATIO indicators only, said explicitly; never aggregated)")
public enum ObservationBasis {
    RECORDED, REPORTED, REPORTED_RATE
}
