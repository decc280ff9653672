import type { vi } from './vi';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The shape every language resource must have: exactly the keys of the Vietnamese one. */
export type Messages = DeepStrings<typeof vi>;
