import { App, Col, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUPPORT_KINDS, SupportInput, type Support, type SupportKind } from '../../../../../shared/schemas/follow-up';
import { FormDrawer } from '../../../ui/FormDrawer';
import { FormField } from '../../../ui/FormField';
import { textValue } from '../../../ui/inputs';
import { SearchSelect } from '../../../ui/SearchSelect';
import { useRecordForm } from '../../../ui/useRecordForm';
import { todayIso } from '../../inspections/format';
import { IsoDatePicker } from '../../inspections/inputs/IsoDatePicker';
import { FOLLOW_UP_WRITES } from '../queries';

interface SupportDrawerProps {
  caseId: string;
  open: boolean;
  onClose: () => void;
  editing?: Support;
}

/** Support given to the child: what, by whom, when. */
export function SupportDrawer({ caseId, open, onClose, editing }: SupportDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { form, drawerProps } = useRecordForm({
    schema: SupportInput,
    values: editing
      ? { caseId, kind: editing.kind, providedBy: editing.providedBy, providedOn: editing.providedOn, note: editing.note }
      : { caseId, kind: 'back_to_school', providedBy: '', providedOn: todayIso() },
    createCommand: 'followUp.addSupport',
    updateCommand: 'followUp.updateSupport',
    editing,
    draft: false,
    invalidates: FOLLOW_UP_WRITES,
    onSaved: () => {
      void message.success(t('followUp.support.saved'));
      onClose();
    },
  });
  const { control } = form;
  return (
    <FormDrawer open={open} title={editing ? t('followUp.support.editTitle') : t('followUp.support.createTitle')} onClose={onClose} width={560} {...drawerProps}>
      <Row gutter={16}>
        <Col span={24}>
          <FormField control={control} name="kind" label={t('followUp.support.kind')} required>
            {(field) => (
              <SearchSelect<SupportKind> {...field} allowClear={false} value={field.value as SupportKind} options={SUPPORT_KINDS.map((k) => ({ value: k, label: t(`followUp.supportKind.${k}`) }))} />
            )}
          </FormField>
        </Col>
        <Col xs={24} sm={16}>
          <FormField control={control} name="providedBy" label={t('followUp.support.providedBy')} required>
            {(field) => <Input {...field} value={textValue(field.value)} autoComplete="off" />}
          </FormField>
        </Col>
        <Col xs={24} sm={8}>
          <FormField control={control} name="providedOn" label={t('followUp.support.providedOn')} required>
            {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} allowClear={false} />}
          </FormField>
        </Col>
        <Col span={24}>
          <FormField control={control} name="note" label={t('followUp.support.note')}>
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 2, maxRows: 6 }} />}
          </FormField>
        </Col>
      </Row>
    </FormDrawer>
  );
}
