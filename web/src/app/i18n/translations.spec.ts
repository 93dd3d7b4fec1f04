import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATIONS } from '../../testing/transloco-testing';
import { SUPPORTED_LANGUAGES } from './languages';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') {
      out.set(prefix + key, value);
    } else {
      leaves(value, `${prefix}${key}.`).forEach((v, k) => out.set(k, v));
    }
  }
  return out;
}

const params = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const appDir = join(__dirname, '..');
const sources = (readdirSync(appDir, { recursive: true }) as string[])
  .filter((file) => /\.(ts|html)$/.test(file) && !file.endsWith('.spec.ts'))
  .map((file) => ({ file, text: readFileSync(join(appDir, file), 'utf8') }));

/** Templates: the .html files and the inline `template:` of components. */
const templates = sources.flatMap(({ file, text }) =>
  file.endsWith('.html')
    ? [{ file, text }]
    : [...text.matchAll(/template:\s*`([\s\S]*?)`/g)].map((m) => ({
        file,
        text: m[1],
      })),
);

const english = leaves(TRANSLATIONS.en as Tree);
const namespaces = new Set(Object.keys(TRANSLATIONS.en));
/** Quoted strings in the sources that look like translation keys ('needs.search.label'). */
const usedKeys = new Set(
  sources.flatMap(({ text }) =>
    [...text.matchAll(/'([a-z][A-Za-z]*(?:\.[A-Za-z0-9]+)+)'/g)]
      .map((m) => m[1])
      .filter((key) => namespaces.has(key.split('.')[0])),
  ),
);

describe('translations', () => {
  it.each(SUPPORTED_LANGUAGES.filter((l) => l !== 'en'))(
    '%s has exactly the English keys',
    (lang) => {
      expect([...leaves(TRANSLATIONS[lang] as Tree).keys()].sort()).toEqual(
        [...english.keys()].sort(),
      );
    },
  );

  it.each(SUPPORTED_LANGUAGES)(
    '%s has no empty text and the same placeholders as English',
    (lang) => {
      leaves(TRANSLATIONS[lang] as Tree).forEach((text, key) => {
        expect({ key, empty: text.trim() === '' }).toEqual({
          key,
          empty: false,
        });
        expect({ key, params: params(text) }).toEqual({
          key,
          params: params(english.get(key) ?? ''),
        });
      });
    },
  );

  it('has every key the portal uses', () => {
    expect([...usedKeys].filter((key) => !english.has(key))).toEqual([]);
  });

  it('has no keys the portal does not use', () => {
    expect([...english.keys()].filter((key) => !usedKeys.has(key))).toEqual([]);
  });

  it('finds the templates it checks', () => {
    expect(templates.length).toBeGreaterThanOrEqual(8);
  });

  it.each(templates.map((t) => [t.file, t.text]))(
    '%s has no hard-coded text',
    (_file, template) => {
      const markup = template
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/{{[\s\S]*?}}/g, '')
        .replace(/@let\b[^;]*;/g, '')
        .replace(
          /@(if|else if|for|switch|case|defer|placeholder|loading)\b[^{]*{/g,
          '',
        )
        .replace(/@(else|empty|default)\s*{/g, '')
        .replace(/}/g, '');
      const texts = [...markup.matchAll(/>([^<]*)</g)]
        .map((m) => m[1].trim())
        .filter((t) => /\p{L}/u.test(t));
      const attributes = [
        ...markup.matchAll(/\s(aria-label|placeholder|title|alt)="([^"]*)"/g),
      ]
        .map((m) => `${m[1]}="${m[2]}"`)
        .filter((a) => /\p{L}/u.test(a.split('=')[1]));
      expect([...texts, ...attributes]).toEqual([]);
    },
  );
});
