/**
 * Where a page starts: a whole number from 0, and a page past the end (people confirmed or sessions gone since
 * the card was shown) becomes the last page rather than an empty one.
 */
export function clampOffset(offset: number, total: number, pageSize: number): number {
  const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1) * pageSize;
  return Math.min(Math.max(0, Math.floor(offset)), lastPage);
}
