import type { DeepStrings } from './deep-strings';
import type { vi } from './vi';

/** The shape every language resource must have: exactly the keys of the Vietnamese one. */
export type Messages = DeepStrings<typeof vi>;
