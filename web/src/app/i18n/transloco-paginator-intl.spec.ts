import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { TranslocoPaginatorIntl } from './transloco-paginator-intl';

describe('TranslocoPaginatorIntl', () => {
  let intl: TranslocoPaginatorIntl;
  let transloco: TranslocoService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideTranslocoTesting(), TranslocoPaginatorIntl],
    });
    intl = TestBed.inject(TranslocoPaginatorIntl);
    transloco = TestBed.inject(TranslocoService);
  });

  it('labels the paginator in the active language', () => {
    expect(intl.nextPageLabel).toBe('Next page');
    expect(intl.itemsPerPageLabel).toBe('Per page:');
    expect(intl.getRangeLabel(1, 20, 45)).toBe('21–40 of 45');
    expect(intl.getRangeLabel(2, 20, 45)).toBe('41–45 of 45');
    expect(intl.getRangeLabel(0, 20, 0)).toBe('0 of 0');
  });

  it('relabels and tells the paginator when the language changes', () => {
    let changes = 0;
    intl.changes.subscribe(() => changes++);

    transloco.setActiveLang('da');

    expect(changes).toBe(1);
    expect(intl.nextPageLabel).toBe('Næste side');
    expect(intl.lastPageLabel).toBe('Sidste side');
    expect(intl.getRangeLabel(0, 10, 12)).toBe('1–10 af 12');
  });
});
