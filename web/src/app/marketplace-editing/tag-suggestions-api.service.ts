import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { TagSuggestionRequest, TagSuggestions } from '@opi/contracts';
import type { Observable } from 'rxjs';

/** Taxonomy codes proposed for a text the user is writing. */
@Injectable({ providedIn: 'root' })
export class TagSuggestionsApiService {
  private readonly http = inject(HttpClient);

  /** `POST /api/taxonomy/suggestions { text, language? }` (public). */
  suggest(request: TagSuggestionRequest): Observable<TagSuggestions> {
    return this.http.post<TagSuggestions>('/api/taxonomy/suggestions', request);
  }
}
