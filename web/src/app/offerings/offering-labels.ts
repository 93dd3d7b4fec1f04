import type { CeClass, EvidenceKind } from '@opi/contracts';

/** Translation keys of an offering's CE class (Medical Device Regulation). */
export const CE_CLASS_KEYS: Readonly<Record<CeClass, string>> = {
  none: 'offerings.ceClass.none',
  I: 'offerings.ceClass.I',
  IIa: 'offerings.ceClass.IIa',
  IIb: 'offerings.ceClass.IIb',
  III: 'offerings.ceClass.III',
};

/** Translation keys of the kinds of evidence behind an offering. */
export const EVIDENCE_KIND_KEYS: Readonly<Record<EvidenceKind, string>> = {
  study: 'offerings.evidenceKind.study',
  certification: 'offerings.evidenceKind.certification',
  pilot: 'offerings.evidenceKind.pilot',
  award: 'offerings.evidenceKind.award',
  other: 'offerings.evidenceKind.other',
};
