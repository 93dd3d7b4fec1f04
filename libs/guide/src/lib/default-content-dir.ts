import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const FROM_REPO_ROOT = join('libs', 'guide', 'content');

/**
 * `libs/guide/content`, found from this source file (CommonJS, as in this
 * library's tests) or, where `__dirname` is not defined (native ESM, bundles),
 * by walking up from the working directory. The API passes its own directory
 * at run time; this is for tests and scripts in the repository.
 */
export function defaultGuideContentDir(): string {
  if (typeof __dirname === 'string') {
    const beside = resolve(__dirname, '..', '..', 'content');
    if (existsSync(beside)) return beside;
  }
  let dir = process.cwd();
  for (;;) {
    const candidate = join(dir, FROM_REPO_ROOT);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return resolve(FROM_REPO_ROOT);
    dir = parent;
  }
}
