/** Page sizes the list pages offer in their paginator. */
export const PAGE_SIZE_OPTIONS = [10, 20, 50];

/** A whole number read from the address, or `fallback` when it is missing or out of range. */
export function wholeNumber(
  raw: string | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  const value = Number(raw);
  return Number.isInteger(value) && value >= min && value <= max
    ? value
    : fallback;
}
