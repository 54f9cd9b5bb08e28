package org.shanhai.metrics.milestone;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "级别: NATIONAL 国家级, PROVINCIAL 省级, MUNICIPAL 市级, COUNTY 县级")
@Label(zh = "级别", en = "Level")
public enum MilestoneLevel {
    @Label(zh = "国家级", en = "National")
    NATIONAL,
    @Label(zh = "省级", en = "Provincial")
    PROVINCIAL,
    @Label(zh = "市级", en = "Municipal")
    MUNICIPAL,
    @Label(zh = "县级", en = "County")
    COUNTY
}
