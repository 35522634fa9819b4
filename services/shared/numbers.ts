const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A count as people in the UK write it: 5,000,000. */
export function formatCount(count: number): string {
  return WHOLE.format(count);
}
