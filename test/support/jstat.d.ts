// The few jStat functions the cross-check tests call (jstat ships no types).
declare module 'jstat' {
  interface Continuous {
    cdf(x: number, ...parameters: number[]): number;
    inv(p: number, ...parameters: number[]): number;
  }
  const jstat: { jStat: {
    normal: Continuous;
    studentt: Continuous;
    chisquare: Continuous;
    ibeta(x: number, a: number, b: number): number;
    lowRegGamma(a: number, x: number): number;
    gammaln(x: number): number;
    betaln(a: number, b: number): number;
  } };
  export default jstat;
}
