/** Adapters between antd inputs and form values. */

/** antd text inputs must stay controlled, so an empty value is '' on screen. */
export const textValue = (value: unknown): string => (typeof value === 'string' ? value : '');

/** InputNumber reports a cleared box as null; the schemas expect an absent value. */
export const numberOrUndefined = (value: number | string | null): number | undefined =>
  value === null || value === '' ? undefined : Number(value);
