/** Constants shared by several fdlibm ports (same bits as V8 src/base/ieee754.cc). */
/** ln 2 split for exact k·ln2_hi (|k| < 2000), fdlibm's ln2_hi / ln2_lo, and 1/ln 2. */
export const LN2_HI = 6.93147180369123816490e-1; // 0x3FE62E42 FEE00000
export const LN2_LO = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76
export const INV_LN2 = 1.44269504088896338700; // 0x3FF71547 652B82FE
/** 2^54, to scale subnormals up. */
export const TWO54 = 1.80143985094819840000e16;
/** exp/expm1's overflow threshold, log(DBL_MAX). */
export const O_THRESHOLD = 7.09782712893383973096e2; // 0x40862E42 FEFA39EF

/** fdlibm's Remez coefficients of log(1+f) = 2s + Lg1·s² + … (log's Lg1..Lg7, log1p's Lp1..Lp7). */
export const LG1 = 6.666666666666735130e-1;
export const LG2 = 3.999999999940941908e-1;
export const LG3 = 2.857142874366239149e-1;
export const LG4 = 2.222219843214978396e-1;
export const LG5 = 1.818357216161805012e-1;
export const LG6 = 1.531383769920937332e-1;
export const LG7 = 1.479819860511658591e-1;
