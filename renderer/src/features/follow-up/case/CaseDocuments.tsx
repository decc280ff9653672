import type { CaseDetail } from '../../../../../shared/schemas/follow-up';

/** The case's papers (referral letter, follow-up record): wired once the document kinds exist. */
export function CaseDocuments(_: { detail: CaseDetail }) {
  return null;
}
