import { Global, Injectable, Module } from '@nestjs/common';
import { Subject } from 'rxjs';

/** A need, offering or organisation was created, changed or deleted (after its transaction committed). */
export type RecordChange =
  | { type: 'need' | 'offering' | 'organisation'; id: string }
  /** Many records at once (a dataset import). */
  | { type: 'bulk' };

/**
 * In-process notices of committed changes, so that features which keep
 * derived data (stored matches) learn about writes without the writers
 * knowing them.
 */
@Injectable()
export class RecordEvents {
  private readonly subject = new Subject<RecordChange>();
  readonly changes = this.subject.asObservable();

  changed(change: RecordChange): void {
    this.subject.next(change);
  }
}

@Global()
@Module({ providers: [RecordEvents], exports: [RecordEvents] })
export class RecordEventsModule {}
