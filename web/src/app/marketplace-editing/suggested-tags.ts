import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import { focusAfterRender } from '../shared/focus';

/** The tag lists of a record that suggestions go into. */
export type TagField = 'careAreas' | 'targetGroups' | 'settings';

/** One proposed tag, with the words of the text that point to it. */
export interface SuggestedTag {
  code: string;
  label: string;
  /** "wandering, night" */
  matched: string;
}

export interface SuggestionGroup {
  field: TagField;
  /** Translation key of the tag list's name. */
  labelKey: string;
  tags: SuggestedTag[];
}

export interface TagChoice {
  field: TagField;
  code: string;
}

/**
 * Tags proposed for the text being written, as buttons grouped by list ("Suggested: Dementia +").
 * A polite live region says how many arrived; after a tag is added the focus stays in the group
 * (on the next tag), and `exhausted` tells the page when the last one was taken.
 */
@Component({
  selector: 'opi-suggested-tags',
  imports: [MatButtonModule, MatTooltipModule, TranslocoPipe],
  template: `
    <p class="cdk-visually-hidden" aria-live="polite" aria-atomic="true">
      @if (announcement(); as a) {
        {{ a.key | transloco: a.params }}
      }
    </p>
    @if (groups().length) {
      <div
        class="suggestions"
        role="group"
        aria-labelledby="tag-suggestions-heading"
        aria-describedby="tag-suggestions-help"
      >
        <h3 id="tag-suggestions-heading" class="suggestions__heading">
          {{ 'editing.suggestions.heading' | transloco }}
        </h3>
        <p id="tag-suggestions-help" class="suggestions__help">
          {{ 'editing.suggestions.help' | transloco }}
        </p>
        @for (group of groups(); track group.field) {
          <div class="suggestions__group">
            <span
              class="suggestions__label"
              [id]="'suggested-' + group.field"
              >{{ group.labelKey | transloco }}</span
            >
            <ul
              class="suggestions__tags"
              [attr.aria-labelledby]="'suggested-' + group.field"
            >
              @for (tag of group.tags; track tag.code) {
                <li>
                  <button
                    mat-stroked-button
                    type="button"
                    class="suggestions__tag"
                    [matTooltip]="
                      'editing.suggestions.matched'
                        | transloco: { words: tag.matched }
                    "
                    [attr.aria-label]="
                      'editing.suggestions.addLabel'
                        | transloco: { label: tag.label, words: tag.matched }
                    "
                    (click)="take(group.field, tag.code, $event)"
                  >
                    {{ tag.label }}
                    <span aria-hidden="true" class="suggestions__plus">+</span>
                  </button>
                </li>
              }
            </ul>
          </div>
        }
        <button
          mat-button
          type="button"
          class="suggestions__all"
          (click)="addAll.emit()"
        >
          {{ 'editing.suggestions.addAll' | transloco }}
        </button>
      </div>
    }
  `,
  styles: `
    .suggestions {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }

    .suggestions__heading {
      margin: 0;
      font: var(--mat-sys-title-small);
    }

    .suggestions__help {
      margin: 0.25rem 0 0.5rem;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }

    .suggestions__group {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.5rem;
    }

    .suggestions__label {
      font: var(--mat-sys-label-large);
    }

    .suggestions__tags {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .suggestions__plus {
      margin-left: 0.25rem;
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SuggestedTags {
  readonly groups = input.required<SuggestionGroup[]>();
  /** What the live region says (a translation key and its parameters), or null. */
  readonly announcement = input<{
    key: string;
    params: Record<string, unknown>;
  } | null>(null);
  readonly add = output<TagChoice>();
  readonly addAll = output<void>();
  /** The last suggestion was added: the page moves the focus on. */
  readonly exhausted = output<TagField>();

  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected take(field: TagField, code: string, event: Event): void {
    const tags = this.tagButtons();
    const index = tags.indexOf(event.currentTarget as HTMLButtonElement);
    this.add.emit({ field, code });
    // The button goes away with its tag: keep the focus on the next tag, or hand it back.
    focusAfterRender(this.injector, () => {
      const left = this.tagButtons();
      if (left.length === 0) {
        this.exhausted.emit(field);
        return null;
      }
      return left[Math.min(Math.max(index, 0), left.length - 1)];
    });
  }

  private tagButtons(): HTMLButtonElement[] {
    return [
      ...this.host.querySelectorAll<HTMLButtonElement>('.suggestions__tag'),
    ];
  }
}
