import { App, Col, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgencyInput, type Agency, type AgencyKind } from '../../../../shared/schemas/directory';
import { FormDrawer } from '../../ui/FormDrawer';
import { FormField } from '../../ui/FormField';
import { textValue } from '../../ui/inputs';
import { SearchSelect } from '../../ui/SearchSelect';
import { useRecordForm } from '../../ui/useRecordForm';
import { HistoryPanel } from '../../ui/history/HistoryPanel';
import { ProvinceSelect } from '../reference/ProvinceSelect';
import { useReferenceNames } from '../reference/queries';
import { useAgencyKindOptions } from './agencyKinds';
import { AGENCIES, OFFICIALS } from './queries';

interface AgencyFormDrawerProps {
  open: boolean;
  onClose: () => void;
  editing?: Agency;
}

/** Add or rename a member agency (names changed with the 2025 reorganisation). */
export function AgencyFormDrawer({ open, onClose, editing }: AgencyFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const kindOptions = useAgencyKindOptions();
  const places = useReferenceNames();
  const { form, drawerProps } = useRecordForm({
    schema: AgencyInput,
    values: editing
      ? { name: editing.name, shortName: editing.shortName, kind: editing.kind, provinceCode: editing.provinceCode }
      : { name: '', kind: 'other' },
    createCommand: 'agencies.create',
    updateCommand: 'agencies.update',
    editing,
    display: (field, value) => {
      if (field === 'kind' && typeof value === 'string') return t(`directory.agencyKind.${value as AgencyKind}`);
      if (field === 'provinceCode') return places.province(value);
      return undefined;
    },
    // Officials show their agency's name.
    invalidates: [AGENCIES, OFFICIALS],
    onSaved: (agency) => {
      void message.success(t('common.savedDone', { name: agency.name }));
      onClose();
    },
  });
  const { control } = form;
  const title = editing ? t('directory.agencies.editTitle', { name: editing.name }) : t('directory.agencies.createTitle');

  return (
    <FormDrawer open={open} title={title} onClose={onClose} width={560} {...drawerProps}>
      <Row gutter={16}>
        <Col span={24}>
          <FormField control={control} name="name" label={t('directory.agencyField.name')} required>
            {(field) => <Input {...field} value={textValue(field.value)} autoFocus />}
          </FormField>
        </Col>
        <Col span={10}>
          <FormField control={control} name="shortName" label={t('directory.agencyField.shortName')}>
            {(field) => <Input {...field} value={textValue(field.value)} maxLength={50} />}
          </FormField>
        </Col>
        <Col span={14}>
          <FormField control={control} name="kind" label={t('directory.agencyField.kind')} required>
            {(field) => <SearchSelect {...field} value={field.value as string | undefined} allowClear={false} options={kindOptions} />}
          </FormField>
        </Col>
        <Col span={24}>
          <FormField control={control} name="provinceCode" label={t('directory.agencyField.provinceCode')}>
            {(field) => <ProvinceSelect {...field} value={field.value as string | undefined} />}
          </FormField>
        </Col>
      </Row>
      {editing && <HistoryPanel entity="agency" id={editing.id} nameOf={places.of} />}
    </FormDrawer>
  );
}
