/**
 * The Vietnamese label of every enum of the contract, defined once: the interface (through the
 * Vietnamese i18n resources), the documents, the report exports and the services' messages all
 * import these maps (architecture.md rule 6). tests/unit/enum-labels.test.ts checks that every
 * exported enum of shared/ has a label for each value, that the renderer shows the same words,
 * and that no second wording is written elsewhere.
 */
import { REFERRAL_REQUESTS } from './follow-up';
import { SEX_HONORIFICS } from './inspection';
import { SIGNER_AUTHORITY_PREFIX, TIME_SLOT_IN_TEXT } from './plan';

export * from './age';
export * from './attachment';
export * from './backup';
export * from './directory';
export * from './document';
export * from './establishment';
export * from './exchange';
export * from './follow-up';
export * from './history';
export * from './inspection';
export * from './plan';
export * from './privacy';
export * from './report';
export * from './text';
export * from './user';
export * from './verification';

/**
 * Maps that word a value differently on purpose (the form used inside a sentence), defined
 * next to the label they vary. The test does not hold them to the label's exact words.
 */
export const LABEL_VARIANTS: readonly object[] = [TIME_SLOT_IN_TEXT, SEX_HONORIFICS, SIGNER_AUTHORITY_PREFIX, REFERRAL_REQUESTS];
