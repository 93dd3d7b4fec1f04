export { defaultGuideContentDir } from './lib/default-content-dir';
export { FRONT_MATTER_SCHEMA, type GuideFrontMatter } from './lib/front-matter';
export {
  GUIDE_FALLBACK_LANGUAGE,
  GUIDE_LANGUAGES,
  isGuideLanguage,
  type GuideLanguage,
} from './lib/guide-languages';
export {
  GUIDE_KINDS,
  GUIDE_ROLES,
  type GuideChecklist,
  type GuideChecklistItem,
  type GuideHeading,
  type GuideKind,
  type GuidePage,
  type GuideRole,
  type GuideTocEntry,
} from './lib/guide-page';
export { GuideContentError, type GuideProblem } from './lib/guide-problem';
export { headingSlug } from './lib/heading-ids';
export { loadGuide, type Guide } from './lib/load-guide';
export { markdownToPlainText } from './lib/plain-text';
export { validateGuide } from './lib/validate-guide';
