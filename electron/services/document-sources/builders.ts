import type { DocumentKind } from '../../../shared/schemas/document';
import { INSPECTION_BUILDERS } from './inspection-sources';
import type { Builder } from './document-builder';
import { FOLLOW_UP_BUILDERS } from './follow-up-sources';
import { PLAN_BUILDERS } from './plan-sources';
import { VERIFICATION_BUILDERS } from './verification-sources';

/** Which builder makes each kind of document from its source record. */
export const DOCUMENT_BUILDERS: Record<DocumentKind, Builder> = { ...PLAN_BUILDERS, ...INSPECTION_BUILDERS, ...VERIFICATION_BUILDERS, ...FOLLOW_UP_BUILDERS };
