/** POST /api/taxonomy/suggestions: the text a user is writing. */
export interface TagSuggestionRequest {
  text: string;
  /** ISO 639-1; detected when absent. */
  language?: string;
}

export interface TagSuggestion {
  code: string;
  /** Confidence in (0, 1]. */
  score: number;
  /** The words of the text that point to this code, as written. */
  matched: string[];
}

/** Codes proposed for the text, best first; codes already chosen are the client's business. */
export interface TagSuggestions {
  language: string;
  careAreas: TagSuggestion[];
  targetGroups: TagSuggestion[];
  settings: TagSuggestion[];
}
