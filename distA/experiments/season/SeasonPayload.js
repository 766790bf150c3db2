/**
 * Stream index of session k of replicate r: sessions of different replicates and positions never
 * share random numbers, and every policy playing session k of replicate r gets the same ones
 * (common random numbers). Seasons up to a million sessions; the index stays a safe integer for
 * up to 9·10⁹ replicates.
 */
export const SESSION_STREAM_STRIDE = 1_000_000;
export function sessionStreamIndex(replicate, session) {
    return replicate * SESSION_STREAM_STRIDE + session;
}
//# sourceMappingURL=SeasonPayload.js.map