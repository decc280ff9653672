import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanInput, type Plan, type SignerAuthority } from '../../../../../shared/schemas/plan';
import { call } from '../../../api';
import { FormDrawer } from '../../../ui/FormDrawer';
import { useRecordForm } from '../../../ui/useRecordForm';
import { useAgencies } from '../../directory/queries';
import { useReferenceNames } from '../../reference/queries';
import { formatDate } from '../dates';
import type { PlanKind } from '../labels';
import { PLANS, useLegalBases } from '../queries';
import { AreaFields } from './AreaFields';
import { ContentFields } from './ContentFields';
import { EMPTY_PLAN, formValuesOf } from './formValues';
import { GeneralFields } from './GeneralFields';
import { LegalBasesEditor } from './LegalBasesEditor';
import { PaperFields } from './PaperFields';

interface PlanFormDrawerProps {
  open: boolean;
  onClose: () => void;
  /** The plan to edit; absent to draw up a new one. */
  editing?: Plan;
  onSaved?: (plan: Plan, created: boolean) => void;
}

/** Draw up or edit a plan; the shared schema checks it as the user types, the service's issues land on their fields. */
export function PlanFormDrawer({ open, onClose, editing, onSaved }: PlanFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const bases = useLegalBases();
  const places = useReferenceNames();
  const agencies = useAgencies(true);
  const { form, drawerProps } = useRecordForm({
    schema: PlanInput,
    values: editing ? formValuesOf(editing) : { ...EMPTY_PLAN, legalBases: bases.data?.map((b) => b.text) ?? [] },
    createCommand: 'plans.create',
    updateCommand: 'plans.update',
    editing,
    reload: async () => {
      const { plan } = await call('plans.get', { id: editing!.id });
      return { values: formValuesOf(plan), version: plan.version };
    },
    display: (field, value) => {
      if (field === 'kind' && typeof value === 'string') return t(`plans.kind.${value as PlanKind}`);
      if (field === 'issuingAgencyId') return agencies.data?.find((a) => a.id === value)?.name;
      if (field === 'decisionSignerAuthority' && typeof value === 'string') return t(`plans.signerAuthority.${value as SignerAuthority}`);
      if (/Date$/.test(field) && typeof value === 'string') return formatDate(value);
      if (field === 'provinceCode') return places.province(value);
      if (field === 'communeCodes' && Array.isArray(value) && value.length > 0) return value.map((code) => places.commune(code) ?? code).join(', ');
      if (field === 'legalBases' && Array.isArray(value) && value.length > 0) {
        return (
          <ol style={{ margin: 0, paddingInlineStart: 18 }}>
            {value.map((text, i) => (
              <li key={i}>{String(text)}</li>
            ))}
          </ol>
        );
      }
      return undefined;
    },
    invalidates: [PLANS],
    onSaved: ({ plan }, created) => {
      void message.success(t('common.savedDone', { name: plan.title }));
      onClose();
      onSaved?.(plan, created);
    },
  });

  // A new plan starts from the suggested căn cứ, even when the form opened before they arrived.
  useEffect(() => {
    if (!editing && bases.data && !form.getFieldState('legalBases').isDirty && (form.getValues('legalBases') ?? []).length === 0) {
      form.setValue('legalBases', bases.data.map((b) => b.text));
    }
  }, [bases.data]);

  const title = editing ? t('plans.form.editTitle', { name: editing.title }) : t('plans.form.createTitle');
  return (
    <FormDrawer open={open} title={title} onClose={onClose} width={860} {...drawerProps}>
      <GeneralFields form={form} />
      <AreaFields form={form} />
      <LegalBasesEditor form={form} />
      <ContentFields form={form} />
      <PaperFields form={form} />
    </FormDrawer>
  );
}
