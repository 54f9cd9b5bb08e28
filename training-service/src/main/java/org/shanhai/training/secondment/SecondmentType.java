package org.shanhai.training.secondment;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "进修类型: FURTHER_STUDY 进修, SHADOWING 跟岗, STANDARDISED_RESIDENCY 规培 (standardised residency training)")
@Label(zh = "进修类型", en = "Secondment type")
public enum SecondmentType {
    @Label(zh = "进修", en = "Further study")
    FURTHER_STUDY,
    @Label(zh = "跟岗", en = "Shadowing")
    SHADOWING,
    @Label(zh = "规培", en = "Standardised residency training")
    STANDARDISED_RESIDENCY
}
