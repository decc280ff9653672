import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { EstablishmentInput, type Establishment } from '../../../../../shared/schemas/establishment';
import { call } from '../../../api';
import { FormDrawer } from '../../../ui/FormDrawer';
import { useRecordForm } from '../../../ui/useRecordForm';
import { useReferenceNames } from '../../reference/queries';
import { ESTABLISHMENTS, useCraftVillages } from '../queries';
import { useDuplicateNotice } from '../useDuplicateNotice';
import { AddressFields } from './AddressFields';
import { EMPTY_ESTABLISHMENT, formValuesOf, type EstablishmentFormValues } from './formValues';
import { GeneralFields } from './GeneralFields';
import { NotesFields } from './NotesFields';
import { RepresentativeFields } from './RepresentativeFields';
import { WorkerFields } from './WorkerFields';

export interface EstablishmentDrawerPayload {
  /** The record to edit; absent to create one. */
  editing?: Establishment;
  /** Pre-filled values of a new record, e.g. a member of a craft village. */
  defaults?: Partial<EstablishmentFormValues>;
  /** The craft village a new member is added to (for the title). */
  village?: Establishment;
}

interface EstablishmentFormDrawerProps extends EstablishmentDrawerPayload {
  open: boolean;
  onClose: () => void;
  onSaved?: (saved: Establishment, created: boolean) => void;
}

/** Create or edit an establishment; validation is the shared schema, so errors show as the user types. */
export function EstablishmentFormDrawer({ open, onClose, onSaved, editing, defaults, village }: EstablishmentFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showDuplicates = useDuplicateNotice();
  const places = useReferenceNames();
  const villages = useCraftVillages();
  const { form, drawerProps } = useRecordForm({
    schema: EstablishmentInput,
    values: editing ? formValuesOf(editing) : { ...EMPTY_ESTABLISHMENT, ...defaults },
    createCommand: 'establishments.create',
    updateCommand: 'establishments.update',
    editing,
    reload: async () => {
      const { establishment } = await call('establishments.get', { id: editing!.id });
      return { values: formValuesOf(establishment), version: establishment.version };
    },
    display: (field, value) => {
      if (typeof value !== 'string' || value === '') return undefined;
      if (field === 'kind') return t(`establishment.kind.${value as Establishment['kind']}`);
      if (field === 'sector') return t(`establishment.sector.${value as NonNullable<Establishment['sector']>}`);
      if (field === 'provinceCode') return places.province(value);
      if (field === 'communeCode') return places.commune(value);
      if (field === 'parentId') return villages.data?.find((v) => v.id === value)?.name ?? (value === editing?.parentId ? editing.parentName : undefined);
      return undefined;
    },
    invalidates: [ESTABLISHMENTS],
    onSaved: ({ establishment, warnings }, created) => {
      void message.success(t('common.savedDone', { name: establishment.name }));
      showDuplicates(warnings);
      onClose();
      onSaved?.(establishment, created);
    },
  });

  const title = editing
    ? t('establishment.form.editTitle', { name: editing.name })
    : village
      ? t('establishment.form.addMemberTitle', { name: village.name })
      : t('establishment.form.createTitle');

  return (
    <FormDrawer open={open} title={title} onClose={onClose} {...drawerProps}>
      <GeneralFields form={form} currentParent={editing?.parentId ? { id: editing.parentId, name: editing.parentName ?? '' } : undefined} />
      <AddressFields form={form} />
      <RepresentativeFields form={form} />
      <WorkerFields form={form} />
      <NotesFields form={form} />
    </FormDrawer>
  );
}
