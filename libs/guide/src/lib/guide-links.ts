/** What a link in a guide page points to, as far as the validator cares. */
export type GuideLinkTarget =
  | { to: 'page'; slug: string; fragment?: string }
  | { to: 'contents' }
  | { to: 'anchor'; fragment: string }
  | { to: 'relative' }
  | { to: 'elsewhere' };

/**
 * Classifies a link target: `/guide/<slug>#anchor` (another page), `/guide`
 * (the table of contents), `#anchor` (this page), a relative path such as
 * `../topics/gdpr.md` (not allowed: the portal cannot resolve it), or anything
 * else (other portal pages, the web), which is left alone.
 */
export function parseGuideHref(href: string): GuideLinkTarget {
  if (href.startsWith('#'))
    return { to: 'anchor', fragment: decode(href.slice(1)) };
  const match = /^\/guide(?:\/([^?#]*))?(?:\?[^#]*)?(?:#(.*))?$/.exec(href);
  if (match) {
    const slug = (match[1] ?? '').replace(/\/$/, '');
    if (!slug) return { to: 'contents' };
    return match[2] === undefined
      ? { to: 'page', slug }
      : { to: 'page', slug, fragment: decode(match[2]) };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/'))
    return { to: 'elsewhere' };
  return { to: 'relative' };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
