import { InjectionToken } from '@angular/core';
import type { WorkshopChange } from '@opi/contracts';
import { Observable } from 'rxjs';

/** What the session screen needs of an `EventSource` (so specs can hand in a fake one). */
export interface WorkshopEventSource {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent) => void,
  ): void;
  addEventListener(
    type: 'open' | 'error',
    listener: (event: Event) => void,
  ): void;
  close(): void;
}

/** Opens the server-sent events at a URL. */
export type WorkshopEventSourceFactory = (url: string) => WorkshopEventSource;

/** A source that never says anything (a browser without `EventSource`). */
const SILENT: WorkshopEventSource = {
  addEventListener: () => undefined,
  close: () => undefined,
};

/** How the session screen opens its live updates: the browser's `EventSource` unless replaced. */
export const WORKSHOP_EVENT_SOURCE =
  new InjectionToken<WorkshopEventSourceFactory>('WORKSHOP_EVENT_SOURCE', {
    providedIn: 'root',
    factory: () => (url) =>
      typeof EventSource === 'undefined' ? SILENT : new EventSource(url),
  });

/** One thing the live stream says: a change, or that it is (again) connected. */
export type LiveSignal =
  | { kind: 'change'; change: WorkshopChange }
  | { kind: 'open' }
  | { kind: 'lost' };

/**
 * The session's server-sent events as an Observable, open while subscribed (unsubscribing closes
 * the connection). Each default `message` carries a `WorkshopChange` as JSON; messages that do
 * not parse are left out. The browser reconnects by itself after an `error`, then says `open`.
 */
export function liveSignals(
  open: WorkshopEventSourceFactory,
  url: string,
): Observable<LiveSignal> {
  return new Observable<LiveSignal>((subscriber) => {
    const source = open(url);
    source.addEventListener('open', () => subscriber.next({ kind: 'open' }));
    source.addEventListener('error', () => subscriber.next({ kind: 'lost' }));
    source.addEventListener('message', (event) => {
      const change = parseChange(event.data);
      if (change) {
        subscriber.next({ kind: 'change', change });
      }
    });
    return () => source.close();
  });
}

function parseChange(data: unknown): WorkshopChange | null {
  if (typeof data !== 'string') {
    return null;
  }
  try {
    const change: unknown = JSON.parse(data);
    return change && typeof change === 'object' && 'sessionId' in change
      ? (change as WorkshopChange)
      : null;
  } catch {
    return null;
  }
}
