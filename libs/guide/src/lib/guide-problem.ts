/** One thing wrong with the guide's content; `file` is relative to the content directory. */
export interface GuideProblem {
  file: string;
  message: string;
}

/** Thrown by `loadGuide` when the content does not validate; lists every problem. */
export class GuideContentError extends Error {
  constructor(readonly problems: readonly GuideProblem[]) {
    super(
      `The guide content has ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p.file}: ${p.message}`).join('\n'),
    );
    this.name = 'GuideContentError';
  }
}
