/**
 * A `returnUrl` from the address, kept only when it is a path inside the portal (so a link
 * cannot send a reader who signs in to another site).
 */
export function safeReturnUrl(
  value: string | null | undefined,
  fallback: string,
): string {
  return value && /^\/(?![/\\])/.test(value) ? value : fallback;
}
