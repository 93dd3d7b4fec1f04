import type { WorkshopTopicSuggestion } from '@opi/contracts';
import { type TagSuggestions, suggestTags } from '@opi/text-analysis';

interface ProposalText {
  id: string;
  title: string;
  problem: string;
  proposal: string;
  needed: string;
  beneficiaries: string;
}

type Vocabulary = 'careArea' | 'targetGroup' | 'setting';
const VOCABULARY_FIELDS: Record<Vocabulary, keyof Omit<TagSuggestions, 'language'>> = {
  careArea: 'careAreas',
  targetGroup: 'targetGroups',
  setting: 'settings',
};
/** Care areas say most about a topic; target groups and settings break ties and catch the rest. */
const VOCABULARY_WEIGHT: Record<Vocabulary, number> = { careArea: 1, targetGroup: 0.8, setting: 0.6 };

/**
 * Topics to start clustering from: proposals whose texts point to the same
 * care area (or target group, or setting), read by the same text analysis
 * the matcher uses, in any of the portal's languages. Greedy: the code that
 * gathers the most proposals (at least two) first, each proposal in one
 * suggestion. The facilitator renames, merges and moves them as they see fit.
 */
export function suggestTopics(
  proposals: readonly ProposalText[],
  label: (vocabulary: Vocabulary, code: string) => string,
): WorkshopTopicSuggestion[] {
  const evidence = new Map<string, Map<string, number>>(); // "vocabulary:code" → proposal id → strength
  for (const p of proposals) {
    const tags = suggestTags([p.title, p.title, p.problem, p.proposal, p.needed, p.beneficiaries].join('. '));
    for (const vocabulary of Object.keys(VOCABULARY_FIELDS) as Vocabulary[]) {
      for (const tag of tags[VOCABULARY_FIELDS[vocabulary]]) {
        const key = `${vocabulary}:${tag.code}`;
        const byProposal = evidence.get(key) ?? new Map<string, number>();
        byProposal.set(p.id, tag.score * VOCABULARY_WEIGHT[vocabulary]);
        evidence.set(key, byProposal);
      }
    }
  }

  const unassigned = new Set(proposals.map((p) => p.id));
  const suggestions: WorkshopTopicSuggestion[] = [];
  for (;;) {
    let best: { key: string; ids: string[]; strength: number } | null = null;
    for (const [key, byProposal] of evidence) {
      const ids = [...byProposal.keys()].filter((id) => unassigned.has(id));
      const strength = ids.reduce((sum, id) => sum + (byProposal.get(id) ?? 0), 0);
      if (ids.length >= 2 && (!best || ids.length > best.ids.length || (ids.length === best.ids.length && strength > best.strength))) {
        best = { key, ids, strength };
      }
    }
    if (!best) break;
    const [vocabulary, code] = best.key.split(':') as [Vocabulary, string];
    const order = proposals.map((p) => p.id);
    const ids = best.ids.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    suggestions.push({ name: label(vocabulary, code), careAreas: vocabulary === 'careArea' ? [code] : [], proposalIds: ids });
    for (const id of ids) unassigned.delete(id);
  }
  return suggestions;
}
