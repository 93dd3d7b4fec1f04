import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type Params, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { GuideTocEntry } from './guide.models';
import { KIND_KEYS } from './guide-labels';

/**
 * One guide page in a list (the table of contents, search results, related pages): its title
 * as an h3 link, its summary or a search excerpt, and an "in English" note when the reader's
 * language has no version of it. Phases show their number.
 */
@Component({
  selector: 'opi-guide-entry',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './guide-entry.html',
  styleUrl: './guide-entry.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuideEntry {
  readonly entry = input.required<GuideTocEntry>();
  /** Query parameters for the link (`?lang=` when the address has it). */
  readonly linkParams = input<Params>({});
  /** Shows the kind of page (in search results, where kinds are mixed). */
  readonly showKind = input(false);
  /** Shows the phase number beside a phase (in the table of contents). */
  readonly numbered = input(false);
  /** A search excerpt (HTML with `<mark>`) to show instead of the summary. */
  readonly snippet = input<string>();

  protected readonly kindKeys = KIND_KEYS;
}
