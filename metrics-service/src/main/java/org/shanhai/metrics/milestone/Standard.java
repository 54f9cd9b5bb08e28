package org.shanhai.metrics.milestone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "《县医院医疗服务能力》标准: BASIC 基本标准, RECOMMENDED 推荐标准")
public enum Standard {
    BASIC, RECOMMENDED
}
