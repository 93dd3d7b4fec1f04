import type { GuideKind, GuideRole } from './guide.models';

/** Translation keys of the kinds of guide page. */
export const KIND_KEYS: Record<GuideKind, string> = {
  phase: 'guide.kinds.phase',
  topic: 'guide.kinds.topic',
  template: 'guide.kinds.template',
};

/** Translation keys of the roles a phase has a checklist for. */
export const ROLE_KEYS: Record<GuideRole, string> = {
  company: 'guide.roles.company',
  public: 'guide.roles.public',
  knowledge: 'guide.roles.knowledge',
};
