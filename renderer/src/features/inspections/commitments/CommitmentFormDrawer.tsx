import { App, Col, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommitmentCreateInput, type Commitment, type InspectionDetail } from '../../../../../shared/schemas/inspection';
import { call } from '../../../api';
import { FormDrawer } from '../../../ui/FormDrawer';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { textValue } from '../../../ui/inputs';
import { useRecordForm } from '../../../ui/useRecordForm';
import { IsoDatePicker } from '../inputs/IsoDatePicker';
import { INSPECTIONS } from '../queries';
import { CommitmentItemsField, EMPTY_ITEM } from './CommitmentItemsField';

const commitmentValuesOf = (c: Commitment) => ({
  inspectionId: c.inspectionId,
  signerName: c.signerName,
  signerPosition: c.signerPosition,
  signedDate: c.signedDate,
  items: c.items.map((i) => ({ id: i.id, content: i.content, deadline: i.deadline })),
});

interface CommitmentFormDrawerProps {
  open: boolean;
  onClose: () => void;
  detail: InspectionDetail;
  editing?: Commitment;
}

/** The establishment's written commitment; the signer defaults to its first representative present. */
export function CommitmentFormDrawer({ open, onClose, detail, editing }: CommitmentFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { inspection } = detail;
  const representative = inspection.representatives[0];
  const { form, drawerProps } = useRecordForm({
    schema: CommitmentCreateInput,
    values: editing
      ? commitmentValuesOf(editing)
      : {
          inspectionId: inspection.id,
          signerName: representative?.name ?? '',
          signerPosition: representative?.position,
          signedDate: inspection.inspectionDate,
          items: [EMPTY_ITEM],
        },
    createCommand: 'commitments.create',
    updateCommand: 'commitments.update',
    editing,
    reload: async () => {
      const commitment = (await call('inspections.get', { id: inspection.id })).commitments.find((c) => c.id === editing?.id);
      return commitment && { values: commitmentValuesOf(commitment), version: commitment.version };
    },
    invalidates: [INSPECTIONS],
    onSaved: () => {
      void message.success(t('inspections.commitment.saved'));
      onClose();
    },
  });

  return (
    <FormDrawer
      open={open}
      title={editing ? t('inspections.commitment.editTitle') : t('inspections.commitment.createTitle')}
      onClose={onClose}
      width={820}
      {...drawerProps}
    >
      <FormSection title={t('inspections.commitment.signer')}>
        <Col span={10}>
          <FormField control={form.control} name="signerName" label={t('inspections.commitment.signerName')} required>
            {(field) => <Input {...field} value={textValue(field.value)} autoFocus autoComplete="off" />}
          </FormField>
        </Col>
        <Col span={8}>
          <FormField control={form.control} name="signerPosition" label={t('inspections.commitment.signerPosition')}>
            {(field) => <Input {...field} value={textValue(field.value)} />}
          </FormField>
        </Col>
        <Col span={6}>
          <FormField control={form.control} name="signedDate" label={t('inspections.commitment.signedDate')} required>
            {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} allowClear={false} />}
          </FormField>
        </Col>
      </FormSection>
      <FormSection title={t('inspections.commitment.items')}>
        <Col span={24}>
          <CommitmentItemsField form={form} />
        </Col>
      </FormSection>
    </FormDrawer>
  );
}
