import { App, Col, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEXES, type Sex } from '../../../../shared/schemas/common';
import { OfficialInput, type Official } from '../../../../shared/schemas/directory';
import { FormDrawer } from '../../ui/FormDrawer';
import { FormField } from '../../ui/FormField';
import { textValue } from '../../ui/inputs';
import { useRecordForm } from '../../ui/useRecordForm';
import { HistoryPanel } from '../../ui/history/HistoryPanel';
import { AgencySelect } from './AgencySelect';
import { AGENCIES, OFFICIALS, useAgencies } from './queries';

interface OfficialFormDrawerProps {
  open: boolean;
  onClose: () => void;
  editing?: Official;
  /** Agency chosen in the list filter, pre-selected for a new official. */
  agencyId?: string;
}

export function OfficialFormDrawer({ open, onClose, editing, agencyId }: OfficialFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const agencies = useAgencies(true);
  const { form, drawerProps } = useRecordForm({
    schema: OfficialInput,
    values: editing
      ? { fullName: editing.fullName, sex: editing.sex, position: editing.position, agencyId: editing.agencyId, phone: editing.phone, email: editing.email, notes: editing.notes }
      : { fullName: '', agencyId },
    createCommand: 'officials.create',
    updateCommand: 'officials.update',
    editing,
    display: (field, value) => {
      if (field === 'agencyId') return agencies.data?.find((a) => a.id === value)?.name;
      if (field === 'sex' && typeof value === 'string') return t(`inspections.sex.${value as Sex}`);
      return undefined;
    },
    // Agencies show how many officials they have.
    invalidates: [OFFICIALS, AGENCIES],
    onSaved: (official) => {
      void message.success(t('common.savedDone', { name: official.fullName }));
      onClose();
    },
  });
  const { control } = form;
  const text = (name: 'fullName' | 'position' | 'phone' | 'email', span: number, extra: { required?: boolean; placeholder?: string; inputMode?: 'tel' | 'email' } = {}) => (
    <Col span={span}>
      <FormField control={control} name={name} label={t(`directory.officialField.${name}`)} required={extra.required}>
        {(field) => <Input {...field} value={textValue(field.value)} placeholder={extra.placeholder} inputMode={extra.inputMode} autoComplete="off" />}
      </FormField>
    </Col>
  );
  const title = editing ? t('directory.officials.editTitle', { name: editing.fullName }) : t('directory.officials.createTitle');

  return (
    <FormDrawer open={open} title={title} onClose={onClose} width={600} {...drawerProps}>
      <Row gutter={16}>
        {text('fullName', 16, { required: true, placeholder: t('directory.officialPlaceholder.fullName') })}
        <Col span={8}>
          <FormField control={control} name="sex" label={t('directory.officialField.sex')} extra={t('directory.officialHint.sex')}>
            {(field) => (
              <Radio.Group
                id={field.id}
                aria-label={t('directory.officialField.sex')}
                optionType="button"
                buttonStyle="solid"
                value={field.value}
                onChange={(e) => field.onChange(e.target.value)}
                options={SEXES.map((sex) => ({ value: sex, label: t(`inspections.sex.${sex}`) }))}
              />
            )}
          </FormField>
        </Col>
        {text('position', 12, { placeholder: t('directory.officialPlaceholder.position') })}
        <Col span={12}>
          <FormField control={control} name="agencyId" label={t('directory.officialField.agencyId')} required>
            {(field) => <AgencySelect {...field} value={field.value as string | undefined} placeholder={t('directory.officialPlaceholder.agencyId')} />}
          </FormField>
        </Col>
        {text('phone', 12, { inputMode: 'tel' })}
        {text('email', 12, { inputMode: 'email' })}
        <Col span={24}>
          <FormField control={control} name="notes" label={t('directory.officialField.notes')}>
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 2, maxRows: 6 }} />}
          </FormField>
        </Col>
      </Row>
      {editing && <HistoryPanel entity="official" id={editing.id} nameOf={(field, value) => (field === 'agencyId' ? agencies.data?.find((a) => a.id === value)?.name : undefined)} />}
    </FormDrawer>
  );
}
