import { lexer, type Tokens } from 'marked';

/** Any token, read loosely: block, inline or list item. */
type Token = Tokens.Generic;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
    (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) {
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      }
      if (name.startsWith('#'))
        return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    },
  );
}

/** The words of inline tokens, without markup: link texts, not their targets. */
export function inlinePlainText(
  tokens: readonly Token[] | readonly Tokens.Generic[] | undefined,
): string {
  if (!tokens) return '';
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'html':
      case 'checkbox':
        break;
      case 'br':
        out += ' ';
        break;
      case 'codespan':
      case 'escape':
        out += token['text'];
        break;
      case 'image':
        out += token['text'] ?? '';
        break;
      default:
        out += token.tokens
          ? inlinePlainText(token.tokens)
          : decodeEntities(String(token['text'] ?? ''));
    }
  }
  return out.replace(/\s+/g, ' ');
}

function blockPlainText(tokens: readonly Token[], lines: string[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'hr':
      case 'html':
      case 'def':
        break;
      case 'code':
        lines.push(token['text']);
        break;
      case 'list':
        for (const item of token['items'] as Token[]) {
          blockPlainText(item.tokens ?? [], lines);
        }
        break;
      case 'blockquote':
        blockPlainText(token.tokens ?? [], lines);
        break;
      case 'table':
        for (const row of [token['header'], ...token['rows']] as {
          tokens: Token[];
        }[][]) {
          lines.push(
            row.map((cell) => inlinePlainText(cell.tokens)).join(' | '),
          );
        }
        break;
      default:
        lines.push(inlinePlainText(token.tokens).trim());
    }
  }
}

/**
 * A page's Markdown as plain text, one block a line: for full-text indexing,
 * where markup and link targets would only add noise.
 */
export function markdownToPlainText(markdown: string): string {
  const lines: string[] = [];
  blockPlainText(lexer(markdown) as Token[], lines);
  return lines.filter((line) => line.trim() !== '').join('\n');
}
