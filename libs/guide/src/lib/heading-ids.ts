/**
 * Anchors for headings, in the manner of GitHub: lower case, punctuation
 * dropped (letters of any alphabet kept, so "Før start" → "før-start"), spaces
 * turned into hyphens, and `-1`, `-2`… added when a page repeats a heading.
 */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Hands out unique anchors within one page. */
export class HeadingIds {
  private readonly seen = new Map<string, number>();

  next(text: string): string {
    const base = headingSlug(text) || 'section';
    let id = base;
    let count = this.seen.get(base) ?? 0;
    while (this.seen.has(id)) {
      count += 1;
      id = `${base}-${count}`;
    }
    this.seen.set(base, count);
    this.seen.set(id, 0);
    return id;
  }
}
