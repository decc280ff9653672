import type { DocumentKind } from '../../shared/schemas/document';
import { CommandError } from '../../shared/errors';
import type { Builder } from './plan-sources';

const notYet: Builder = () => {
  throw new CommandError('CONFLICT', 'Chưa hỗ trợ loại văn bản này');
};

/** Replaced by the inspection document builders. */
export const INSPECTION_BUILDERS: Record<Extract<DocumentKind, 'inspection_minutes' | 'commitment' | 'violation_record'>, Builder> = {
  inspection_minutes: notYet,
  commitment: notYet,
  violation_record: notYet,
};
