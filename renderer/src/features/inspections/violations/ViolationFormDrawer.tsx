import { App, Col, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../../shared/catalogue/schema';
import { fineBracketFor } from '../../../../../shared/minors/fines';
import type { EstablishmentKind } from '../../../../../shared/schemas/establishment';
import { ViolationCreateInput, type InspectionDetail, type Violation } from '../../../../../shared/schemas/inspection';
import { call } from '../../../api';
import { FormDrawer } from '../../../ui/FormDrawer';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { LabeledSwitch } from '../../../ui/LabeledSwitch';
import { SearchSelect } from '../../../ui/SearchSelect';
import { textValue } from '../../../ui/inputs';
import { useRecordForm } from '../../../ui/useRecordForm';
import { formatAmount } from '../format';
import { AmountInput } from '../inputs/AmountInput';
import { INSPECTIONS } from '../queries';
import type { TeamRole } from '../../plans/labels';
import { officialLabel } from '../../plans/team/OfficialPicker';
import { FineBracket } from './FineBracket';
import { ViolationTypeField } from './ViolationTypeField';
import { newViolation, violationValuesOf } from './violationValues';

interface ViolationFormDrawerProps {
  open: boolean;
  onClose: () => void;
  detail: InspectionDetail;
  catalogue: Catalogue | undefined;
  editing?: Violation;
}

/** Record a violation by hand, or correct one: act, children, facts, fine within the bracket, record. */
export function ViolationFormDrawer({ open, onClose, detail, catalogue, editing }: ViolationFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const kind = detail.inspection.establishmentKind as EstablishmentKind;
  const { form, drawerProps } = useRecordForm({
    schema: ViolationCreateInput,
    values: editing ? violationValuesOf(editing) : newViolation(detail.inspection.id),
    createCommand: 'violations.create',
    updateCommand: 'violations.update',
    editing,
    reload: async () => {
      const violation = (await call('inspections.get', { id: detail.inspection.id })).violations.find((v) => v.id === editing?.id);
      return violation && { values: violationValuesOf(violation), version: violation.version };
    },
    display: (field, value) => {
      if (field === 'minorIds' && Array.isArray(value) && value.length > 0) return value.map((id) => minorOptions.find((o) => o.value === id)?.label ?? String(id)).join(', ');
      if (field === 'recordedByOfficialId') return teamOptions.find((o) => o.value === value)?.label;
      if (field === 'proposedFine' && typeof value === 'number') return `${formatAmount(value)} ${t('inspections.currency')}`;
      if (field === 'typeCode' && typeof value === 'string') {
        const type = catalogue?.violationTypes.find((x) => x.code === value);
        return type ? `${type.code} — ${type.title}` : value;
      }
      return undefined;
    },
    invalidates: [INSPECTIONS],
    onSaved: (saved) => {
      void message.success(t('inspections.violation.saved', { code: saved.typeCode, amount: formatAmount(saved.proposedFine), words: saved.proposedFineInWords }));
      onClose();
    },
  });
  const { control } = form;
  const type = catalogue?.violationTypes.find((x) => x.code === form.watch('typeCode'));
  const bracket = type ? fineBracketFor(type, kind) : undefined;
  const fine = form.watch('proposedFine');
  const recordMade = form.watch('recordMade');
  const teamOptions = detail.teamPresentNames.map((m) => ({ value: m.officialId, label: `${officialLabel(m)} (${t(`plans.role.${m.role as TeamRole}`)})` }));
  const minorOptions = detail.minors.map((m) => ({ value: m.id, label: `${m.fullName} (${t('inspections.minor.age', { age: m.ageAtInspection })})` }));
  const title = editing ? t('inspections.violation.editTitle', { code: editing.typeCode }) : t('inspections.violation.createTitle');

  return (
    <FormDrawer open={open} title={title} onClose={onClose} width={760} {...drawerProps}>
      <FormSection title={t('inspections.violation.act')}>
        <ViolationTypeField form={form} catalogue={catalogue} establishmentKind={kind} />
        <Col span={24}>
          <FormField control={control} name="minorIds" label={t('inspections.violation.minorsConcerned')}>
            {(field) => <Select {...field} mode="multiple" value={(field.value as string[] | undefined) ?? []} options={minorOptions} optionFilterProp="label" placeholder={t('inspections.violation.minorsPlaceholder')} />}
          </FormField>
        </Col>
        <Col span={24}>
          <FormField control={control} name="facts" label={t('inspections.violation.facts')}>
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 3, maxRows: 8 }} placeholder={t('inspections.placeholder.facts')} />}
          </FormField>
        </Col>
      </FormSection>
      <FormSection title={t('inspections.violation.handling')}>
        <Col span={12}>
          <FormField
            control={control}
            name="proposedFine"
            label={t('inspections.violation.proposedFine')}
            extra={
              <>
                {bracket && <FineBracket min={bracket.min} max={bracket.max} />}
                {bracket && <div>{t(kind === 'household' || kind === 'household_business' ? 'inspections.violation.asIndividual' : 'inspections.violation.asOrganisation')}</div>}
                {editing && fine === editing.proposedFine && (
                  <Typography.Text italic style={{ display: 'block' }}>{t('inspections.violation.inWords', { words: editing.proposedFineInWords })}</Typography.Text>
                )}
              </>
            }
          >
            {(field) => <AmountInput {...field} value={field.value as number | undefined} />}
          </FormField>
        </Col>
        <Col span={24}>
          <FormField control={control} name="remedialRequest" label={t('inspections.violation.remedialRequest')}>
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('inspections.placeholder.remedialRequest')} />}
          </FormField>
        </Col>
        <Col span={24} style={{ marginBottom: 16 }}>
          <FormField control={control} name="recordMade" label={t('inspections.violation.record')} extra={t('inspections.violation.recordHint')}>
            {(field) => (
              <LabeledSwitch
                label={t('inspections.violation.recordMade')}
                checked={Boolean(field.value)}
                onChange={(checked) => {
                  field.onChange(checked);
                  if (!checked) form.setValue('recordedByOfficialId', undefined);
                }}
              />
            )}
          </FormField>
        </Col>
        {recordMade && (
          <Col span={24}>
            <FormField control={control} name="recordedByOfficialId" label={t('inspections.violation.recordedBy')} required>
              {(field) => <SearchSelect {...field} value={field.value as string | undefined} options={teamOptions} placeholder={t('inspections.violation.recordedByPlaceholder')} notFoundContent={t('inspections.violation.noTeam')} />}
            </FormField>
          </Col>
        )}
      </FormSection>
    </FormDrawer>
  );
}
