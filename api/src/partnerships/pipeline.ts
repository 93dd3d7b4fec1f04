import { PIPELINE_STAGES, type PipelineStage } from '@opi/contracts';

/**
 * Why a partnership may not move from `from` to `to` without a cluster
 * manager's override, or null when it may: one stage forward, one back (not
 * back to `proposed`), or to `closed` from any open stage. Leaving
 * `proposed` happens through the parties' consent, and a closed
 * partnership stays closed.
 */
export function illegalMove(from: PipelineStage, to: PipelineStage): string | null {
  const index = (stage: PipelineStage) => PIPELINE_STAGES.indexOf(stage);
  if (from === to) return `The partnership is already at ${to}`;
  if (from === 'closed') return 'A closed partnership stays closed';
  if (to === 'closed') return null;
  if (from === 'proposed') return 'An introduction moves on when both parties have agreed to it';
  if (to === 'proposed') return 'A partnership does not go back to proposed';
  const step = index(to) - index(from);
  if (step === 1 || step === -1) return null;
  const next = PIPELINE_STAGES[index(from) + 1];
  return `Partnerships move one stage at a time: from ${from} the next stage is ${next}`;
}
