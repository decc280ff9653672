/** A language resource's shape: the same keys as `T`, every text a string (not the Vietnamese literal). */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
