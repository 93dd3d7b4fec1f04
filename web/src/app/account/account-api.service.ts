import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PersonalDataExport } from '@opi/contracts';
import { type Observable, map } from 'rxjs';

/** The signed-in user's own account: their data and its deletion. */
@Injectable({ providedIn: 'root' })
export class AccountApiService {
  private readonly http = inject(HttpClient);

  /** `GET /api/me/export`: everything the portal holds about the user. */
  exportData(): Observable<PersonalDataExport> {
    return this.http.get<PersonalDataExport>('/api/me/export');
  }

  /** `DELETE /api/me`: removes the account and its memberships (organisations stay). */
  deleteAccount(): Observable<void> {
    return this.http.delete<void>('/api/me').pipe(map(() => undefined));
  }
}
