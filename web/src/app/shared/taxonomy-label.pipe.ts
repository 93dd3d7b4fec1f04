import { Pipe, type PipeTransform } from '@angular/core';
import { labelOf, type UiLanguage } from '@opi/taxonomy';

type Vocabulary = Parameters<typeof labelOf>[0];

/** `{{ code | taxonomyLabel: 'careArea' : lang() }}`: the label of a taxonomy code in a language. */
@Pipe({ name: 'taxonomyLabel' })
export class TaxonomyLabelPipe implements PipeTransform {
  transform(
    code: string | number,
    vocabulary: Vocabulary,
    lang: UiLanguage,
  ): string {
    return labelOf(vocabulary, code, lang);
  }
}
