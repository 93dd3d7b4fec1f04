import { Injectable, signal } from '@angular/core';
import { Subject } from 'rxjs';

/**
 * The unread count the header's bell shows, and word of notifications marked read. The bell
 * keeps the count fresh while it is on screen; a page that marks notifications read asks for the
 * count again (`refresh()`), and the notifications page reads its list again when the bell
 * marked some (`markedRead`).
 */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly refreshes = new Subject<void>();
  private readonly marks = new Subject<void>();

  readonly count = signal(0);
  /** Requests for a fresh count, for the bell to answer. */
  readonly refreshRequests = this.refreshes.asObservable();
  /** The bell marked notifications read. */
  readonly markedRead = this.marks.asObservable();

  refresh(): void {
    this.refreshes.next();
  }

  /** Notifications were marked read from the bell: the count and the lists on show follow. */
  marked(): void {
    this.marks.next();
    this.refreshes.next();
  }
}
