import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import { DEFAULT_PROJECT, PROJECT_PATTERN } from './guide.models';

/** localStorage key of the checklist items a signed-out reader ticked (a JSON list of item ids). */
export const LOCAL_TICKS_KEY = 'opi.guide.ticks';

/** localStorage key of the project a signed-in reader last kept their ticks in. */
export const PROJECT_KEY = 'opi.guide.project';

/**
 * What the guide remembers in this browser: a signed-out reader's ticks (by item id, so they
 * hold in every language) and the last project a signed-in reader chose. Blocked storage
 * (privacy mode, sandboxed frame) just means nothing is remembered.
 */
@Injectable({ providedIn: 'root' })
export class GuideStorage {
  private readonly storage = storageOf(inject(DOCUMENT));

  ticks(): ReadonlySet<string> {
    try {
      const stored: unknown = JSON.parse(
        this.storage?.getItem(LOCAL_TICKS_KEY) ?? '[]',
      );
      return new Set(
        Array.isArray(stored)
          ? stored.filter((id): id is string => typeof id === 'string')
          : [],
      );
    } catch {
      return new Set();
    }
  }

  saveTicks(ticks: ReadonlySet<string>): void {
    try {
      this.storage?.setItem(LOCAL_TICKS_KEY, JSON.stringify([...ticks]));
    } catch {
      // storage blocked or full: ticked for this visit only
    }
  }

  project(): string {
    try {
      const stored = this.storage?.getItem(PROJECT_KEY) ?? '';
      return PROJECT_PATTERN.test(stored) ? stored : DEFAULT_PROJECT;
    } catch {
      return DEFAULT_PROJECT;
    }
  }

  saveProject(project: string): void {
    try {
      this.storage?.setItem(PROJECT_KEY, project);
    } catch {
      // storage blocked: the choice lasts for this visit only
    }
  }
}

function storageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.localStorage ?? null;
  } catch {
    return null;
  }
}
