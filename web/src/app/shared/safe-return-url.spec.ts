import { safeReturnUrl } from './safe-return-url';

describe('safeReturnUrl', () => {
  it('keeps a path inside the portal', () => {
    expect(safeReturnUrl('/organisations/o1/edit?x=1', '/')).toBe(
      '/organisations/o1/edit?x=1',
    );
  });

  it('refuses anything that could lead elsewhere', () => {
    for (const url of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '',
      undefined,
    ]) {
      expect(safeReturnUrl(url, '/home')).toBe('/home');
    }
  });
});
