package org.shanhai.metrics.milestone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "级别: NATIONAL 国家级, PROVINCIAL 省级, MUNICIPAL 市级, COUNTY 县级")
public enum MilestoneLevel {
    NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY
}
