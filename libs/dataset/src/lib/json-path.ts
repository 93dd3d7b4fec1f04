/** One step into a JSON document: an object key or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['needs', 3, 'minTrl']` → `$.needs[3].minTrl`; odd keys as `['off-a b']`. */
export function formatJsonPath(segments: readonly PathSegment[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += `.${segment}`;
    else path += `['${segment.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
  }
  return path;
}

/**
 * Turns a JSON Pointer (ajv's `instancePath`, e.g. `/needs/3/minTrl`) into
 * segments. A digit-only step is an index only where `doc` has an array, so
 * an object key such as "2024" stays a key.
 */
export function parseJsonPointer(pointer: string, doc: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let node: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(key)) {
      const index = Number(key);
      segments.push(index);
      node = node[index];
    } else {
      segments.push(key);
      node =
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[key]
          : undefined;
    }
  }
  return segments;
}
