import type { QueryKey } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import type { DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import type { CommandName, CommandOutput } from '../../../shared/commands';
import type { ConflictTarget, FreshRecord } from './conflict/ConflictDialog';
import { updateFieldsOf, updateInputOf, type FormValues, type LoadedRecord } from './conflict/updateInput';
import { withDraft, type FormDraft } from './drafts/formDraft';
import { useDraft } from './drafts/useDraft';
import { useFieldLabelRegistry } from './fieldLabels';
import { hasChanges } from './hasChanges';
import { clearUnsaved } from './unsaved/unsavedStore';
import { useCommandMutation } from './useCommandMutation';
import { useZodForm } from './useZodForm';

interface RecordFormOptions<S extends z.ZodObject, C extends CommandName, U extends CommandName> {
  /** The shared input schema of the create command (the update takes the same fields, partially, plus `id`). */
  schema: S;
  values: DefaultValues<z.input<S>>;
  createCommand: C;
  updateCommand: U;
  /** The record being edited: its id and the version it was loaded at; absent when creating. */
  editing?: { id: string; version?: number };
  invalidates: QueryKey[];
  onSaved: (saved: CommandOutput<C> | CommandOutput<U>, created: boolean) => void;
  /** Reads the record as it is now, as form values, for the conflict dialog (default: the row the CONFLICT answer carries). */
  reload?: () => Promise<FreshRecord | undefined>;
  /** A value as the form shows it (names of ids, codes and options) in the conflict dialog. */
  display?: (field: string, value: unknown) => ReactNode | undefined;
  /**
   * Keeps a draft of the unsaved form under this name (drafts.*), offered back when the form
   * opens again. By default the forms of an inspection's record (their values carry
   * `inspectionId`) keep one; `false` turns it off.
   */
  draft?: string | false;
}

/** The draft's name: the record edited, or the form that adds to an inspection. */
function draftKeyOf(options: { draft?: string | false; values: unknown; createCommand: string; updateCommand: string; editing?: { id: string } }): string | undefined {
  if (options.draft === false) return undefined;
  if (options.draft) return options.draft;
  const inspectionId = (options.values as { inspectionId?: unknown } | undefined)?.inspectionId;
  if (typeof inspectionId !== 'string') return undefined;
  return options.editing ? `${options.updateCommand}:${options.editing.id}` : `${options.createCommand}:${inspectionId}`;
}

/**
 * The create-or-edit form of one kind of record: instant validation with the shared schema,
 * the create or update command on submit, server issues shown under their fields. An edit sends
 * the version it loaded and only what the user changed (emptied fields as `null`); if the record
 * changed meanwhile, the conflict dialog offers to reload or to keep the user's changes.
 * Returns the form and the props of its FormDrawer.
 */
export function useRecordForm<S extends z.ZodObject, C extends CommandName, U extends CommandName>(options: RecordFormOptions<S, C, U>) {
  const { schema, editing, invalidates, updateCommand } = options;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = useZodForm(schema, options.values);
  // Named in the list of unsaved forms; taken off it when a save succeeds (before onSaved navigates).
  const guardId = useId();
  const labels = useFieldLabelRegistry();
  // Bumped when the form takes another record's values: the fields mount afresh, so a value the
  // record no longer has shows empty (a mounted field would fall back to the value it mounted with).
  const [generation, setGeneration] = useState(0);
  // What the edit started from; "Tải lại" moves it to the record as it is now.
  const loaded = useRef<LoadedRecord | undefined>(editing ? { id: editing.id, version: editing.version, values: options.values as FormValues } : undefined);
  const target = { setError: form.setError, fields: Object.keys(schema.shape) };

  const conflict: ConflictTarget | undefined = editing && {
    fields: () => {
      const present = { ...loaded.current?.values, ...form.getValues() };
      return updateFieldsOf(updateCommand).filter((field) => field in present);
    },
    mine: () => form.getValues() as FormValues,
    current: options.reload,
    labelOf: (field) => labels.labelOf(field),
    display: options.display,
    reload: (fresh) => {
      loaded.current = { id: editing.id, version: fresh.version, values: fresh.values };
      form.reset(fresh.values as DefaultValues<z.input<S>>);
      setGeneration((g) => g + 1);
    },
  };

  const dirty = hasChanges(form.formState.dirtyFields);
  const [open, setOpen] = useState(true);
  const onOpenChange = useCallback((next: boolean) => setOpen(next), []);
  const draft = useDraft<FormDraft>({
    key: draftKeyOf(options),
    enabled: open,
    value: dirty ? { base: loaded.current?.values ?? (options.values as FormValues), values: form.getValues() as FormValues, version: loaded.current?.version } : undefined,
  });
  const restoreDraft = () => {
    const found = draft.takeOffer();
    if (!found) return;
    form.reset(withDraft(form.getValues() as FormValues, found) as DefaultValues<z.input<S>>, { keepDefaultValues: true });
    setGeneration((g) => g + 1);
    void message.info(t('ui.draft.restored'));
  };

  const onSaved = (saved: CommandOutput<C> | CommandOutput<U>, created: boolean) => {
    clearUnsaved(guardId);
    draft.discard();
    options.onSaved(saved, created);
  };
  const create = useCommandMutation(options.createCommand, { invalidates, form: target, onSuccess: (data) => onSaved(data, true) });
  const update = useCommandMutation(updateCommand, { invalidates, form: target, conflict, onSuccess: (data) => onSaved(data, false) });

  const onSubmit = form.handleSubmit((values) => {
    if (loaded.current) update.mutate(updateInputOf(updateCommand, loaded.current, values as FormValues));
    else create.mutate(values as never);
  });

  return {
    form,
    drawerProps: {
      onSubmit,
      submitting: create.isPending || update.isPending,
      formError: form.formState.errors.root?.server?.message,
      labels,
      formKey: generation,
      dirty,
      guardId,
      onOpenChange,
      onDiscard: draft.discard,
      draftNotice: draft.offer && {
        savedAt: draft.offer.savedAt,
        stale: Boolean(editing && draft.offer.data.version !== undefined && draft.offer.data.version !== editing.version),
        onRestore: restoreDraft,
        onDiscard: draft.discard,
      },
      draftSavedAt: draft.savedAt,
    },
  };
}
