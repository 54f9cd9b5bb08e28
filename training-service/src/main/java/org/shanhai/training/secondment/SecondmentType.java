package org.shanhai.training.secondment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "进修类型: FURTHER_STUDY 进修, SHADOWING 跟岗, STANDARDISED_RESIDENCY 规培 (standardised residency training)")
public enum SecondmentType {
    FURTHER_STUDY, SHADOWING, STANDARDISED_RESIDENCY
}
