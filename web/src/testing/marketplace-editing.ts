import type {
  ImportReport,
  TagSuggestion,
  TagSuggestions,
} from '@opi/contracts';

/** What `POST /api/taxonomy/suggestions` answers: nothing suggested unless told otherwise. */
export function aTagSuggestions(
  overrides: Partial<TagSuggestions> = {},
): TagSuggestions {
  return {
    language: 'en',
    careAreas: [],
    targetGroups: [],
    settings: [],
    ...overrides,
  };
}

/** One suggested code, found through `matched`. */
export function aSuggestion(
  code: string,
  matched: string[] = [code],
  score = 0.8,
): TagSuggestion {
  return { code, matched, score };
}

/** What `POST /api/dataset/import` answers: a dry run of a small dataset, unless told otherwise. */
export function anImportReport(
  overrides: Partial<ImportReport> = {},
): ImportReport {
  return {
    dryRun: true,
    organisations: 3,
    needs: 5,
    offerings: 4,
    changes: {
      organisations: { created: 1, updated: 1, unchanged: 1 },
      needs: { created: 5, updated: 0, unchanged: 0 },
      offerings: { created: 2, updated: 2, unchanged: 0 },
    },
    ...overrides,
  };
}
