import type { QueryKey } from '@tanstack/react-query';
import type { DefaultValues } from 'react-hook-form';
import type * as z from 'zod';
import type { CommandName, CommandOutput } from '../../../shared/commands';
import { useCommandMutation } from './useCommandMutation';
import { useZodForm } from './useZodForm';

interface RecordFormOptions<S extends z.ZodObject, C extends CommandName, U extends CommandName> {
  /** The shared input schema of the create command (update = the same plus `id`). */
  schema: S;
  values: DefaultValues<z.input<S>>;
  createCommand: C;
  updateCommand: U;
  /** Id of the record being edited; absent when creating. */
  editingId?: string;
  invalidates: QueryKey[];
  onSaved: (saved: CommandOutput<C> | CommandOutput<U>, created: boolean) => void;
}

/**
 * The create-or-edit form of one kind of record: instant validation with the shared schema,
 * the create or update command on submit, server issues shown under their fields.
 * Returns the form and the props of its FormDrawer.
 */
export function useRecordForm<S extends z.ZodObject, C extends CommandName, U extends CommandName>(options: RecordFormOptions<S, C, U>) {
  const { schema, editingId, invalidates, onSaved } = options;
  const form = useZodForm(schema, options.values);
  const target = { setError: form.setError, fields: Object.keys(schema.shape) };
  const create = useCommandMutation(options.createCommand, { invalidates, form: target, onSuccess: (data) => onSaved(data, true) });
  const update = useCommandMutation(options.updateCommand, { invalidates, form: target, onSuccess: (data) => onSaved(data, false) });

  // The parsed values are the create input; the update input adds the id.
  const onSubmit = form.handleSubmit((values) => {
    if (editingId) update.mutate({ ...values, id: editingId } as never);
    else create.mutate(values as never);
  });

  return {
    form,
    drawerProps: {
      onSubmit,
      submitting: create.isPending || update.isPending,
      formError: form.formState.errors.root?.server?.message,
    },
  };
}
