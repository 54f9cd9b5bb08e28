package org.shanhai.metrics.milestone;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "《县医院医疗服务能力》标准: BASIC 基本标准, RECOMMENDED 推荐标准")
@Label(zh = "县医院医疗服务能力标准", en = "County hospital capability standard")
public enum Standard {
    @Label(zh = "基本标准", en = "Basic standard")
    BASIC,
    @Label(zh = "推荐标准", en = "Recommended standard")
    RECOMMENDED
}
