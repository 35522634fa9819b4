/** Injected into services so tests control time (conventions.md: Time, ids, randomness). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
