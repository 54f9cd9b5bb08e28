package org.shanhai.programme.expert;

/** 最高学位 */
public enum Degree { DOCTORATE, MASTER, BACHELOR, OTHER }
