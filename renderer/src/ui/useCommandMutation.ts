import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/commands';
import { ApiCallError, call } from '../api';
import { useConflictDialog, type ConflictTarget } from './conflict/ConflictDialog';
import { sentFieldsOf } from './conflict/updateInput';
import { HISTORY } from './history/queries';

interface FormTarget<F extends FieldValues> {
  setError: UseFormSetError<F>;
  /** Names of the fields on screen; an issue about any other field is shown at the top of the form. */
  fields: readonly string[];
}

interface CommandMutationOptions<K extends CommandName, F extends FieldValues> {
  /** Query keys (prefixes) whose data this command changes. */
  invalidates?: QueryKey[];
  /** The form that sent the input: server issues are shown on its fields. */
  form?: FormTarget<F>;
  onSuccess?: (data: CommandOutput<K>, input: CommandInput<K>) => void;
  /**
   * An edit form whose record may have been changed by someone else meanwhile: a CONFLICT answer
   * opens the conflict dialog (their values beside the user's; reload, or save again on the new version).
   */
  conflict?: ConflictTarget;
}

function showOnForm<F extends FieldValues>(error: ApiCallError, form: FormTarget<F>): void {
  const issues = error.error.issues ?? [];
  const placed = issues.filter((issue) => form.fields.includes(String(issue.path[0])));
  placed.forEach((issue, index) =>
    form.setError(issue.path.join('.') as Path<F>, { type: 'server', message: issue.message }, { shouldFocus: index === 0 }),
  );
  if (placed.length < issues.length || issues.length === 0) {
    form.setError('root.server', { type: 'server', message: error.error.message });
  }
}

/** Runs one command from the shared table, refreshes what it changed, and reports a failure where the user is looking. */
export function useCommandMutation<K extends CommandName, F extends FieldValues = FieldValues>(
  name: K,
  options: CommandMutationOptions<K, F> = {},
) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const showConflict = useConflictDialog();
  // Every change shows in the record's "Lịch sử thay đổi".
  const refresh = () => Promise.all([...(options.invalidates ?? []), HISTORY].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  const mutation = useMutation<CommandOutput<K>, unknown, CommandInput<K>>({
    mutationFn: (input) => call(name, input),
    onSuccess: async (data, input) => {
      await refresh();
      options.onSuccess?.(data, input);
    },
    onError: (error, input) => {
      const conflict = error instanceof ApiCallError && error.error.code === 'CONFLICT' ? error.error.conflict : undefined;
      if (conflict && options.conflict && showConflict) {
        const target = options.conflict;
        return showConflict({
          conflict,
          target,
          sent: sentFieldsOf(input),
          onReload: (fresh) => {
            target.reload(fresh);
            void refresh();
          },
          onKeep: (version) => mutation.mutate({ ...input, expectedVersion: version }),
        });
      }
      if (error instanceof ApiCallError && options.form) return showOnForm(error, options.form);
      void message.error(error instanceof ApiCallError ? error.error.message : t('common.unexpectedError'));
    },
  });
  return mutation;
}
