import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type Resolver } from 'react-hook-form';
import type * as z from 'zod';

/**
 * A react-hook-form bound to a shared zod schema. 'onTouched': a field is checked when
 * the user leaves it, then on every keystroke, so half-typed values are not flagged.
 */
export function useZodForm<S extends z.ZodObject>(schema: S, defaultValues: DefaultValues<z.input<S>>) {
  return useForm<z.input<S>, unknown, z.output<S>>({
    // The resolver's generics cannot follow a generic schema; the cast restates what it returns.
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    mode: 'onTouched',
    defaultValues,
  });
}
