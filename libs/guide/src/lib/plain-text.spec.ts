import { markdownToPlainText } from './plain-text';

describe('markdownToPlainText', () => {
  it('keeps the words and drops markup, link targets and HTML', () => {
    expect(
      markdownToPlainText(
        [
          '## Udbud &amp; innovation',
          '',
          'Læs om **innovationspartnerskab** i [udbudsreglerne](/guide/procurement-law-myths).<br>',
          '',
          '- [ ] Beskriv behovet',
          '',
          '| Trin | Hvem |',
          '|---|---|',
          '| Test | `kommunen` |',
        ].join('\n'),
      ),
    ).toBe(
      [
        'Udbud & innovation',
        'Læs om innovationspartnerskab i udbudsreglerne.',
        'Beskriv behovet',
        'Trin | Hvem',
        'Test | kommunen',
      ].join('\n'),
    );
  });
});
