import { App, Col, Input, Radio, Row } from 'antd';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { VISIT_SITUATIONS, VisitInput, type Visit, type VisitSituation } from '../../../../../shared/schemas/follow-up';
import { FormDrawer } from '../../../ui/FormDrawer';
import { FormField } from '../../../ui/FormField';
import { textValue } from '../../../ui/inputs';
import { useRecordForm } from '../../../ui/useRecordForm';
import { todayIso } from '../../inspections/format';
import { IsoDatePicker } from '../../inspections/inputs/IsoDatePicker';
import { FOLLOW_UP_WRITES } from '../queries';

interface VisitDrawerProps {
  caseId: string;
  open: boolean;
  onClose: () => void;
  editing?: Visit;
  /** The signed-in official, proposed as the visitor. */
  visitor: string;
}

/** A follow-up visit: when, by whom, the child's situation (and, still working, where and how). */
export function VisitDrawer({ caseId, open, onClose, editing, visitor }: VisitDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { form, drawerProps } = useRecordForm({
    schema: VisitInput,
    values: editing
      ? { caseId, visitedOn: editing.visitedOn, visitedBy: editing.visitedBy, situation: editing.situation, workPlace: editing.workPlace, workDescription: editing.workDescription, notes: editing.notes }
      : { caseId, visitedOn: todayIso(), visitedBy: visitor },
    createCommand: 'followUp.addVisit',
    updateCommand: 'followUp.updateVisit',
    editing,
    draft: false,
    invalidates: FOLLOW_UP_WRITES,
    onSaved: () => {
      void message.success(t('followUp.visit.saved'));
      onClose();
    },
  });
  const { control } = form;
  const working = useWatch({ control, name: 'situation' }) === 'still_working';
  return (
    <FormDrawer open={open} title={editing ? t('followUp.visit.editTitle') : t('followUp.visit.createTitle')} onClose={onClose} width={640} {...drawerProps}>
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <FormField control={control} name="visitedOn" label={t('followUp.visit.visitedOn')} required>
            {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} allowClear={false} />}
          </FormField>
        </Col>
        <Col xs={24} sm={16}>
          <FormField control={control} name="visitedBy" label={t('followUp.visit.visitedBy')} required>
            {(field) => <Input {...field} value={textValue(field.value)} placeholder={t('followUp.visit.visitedByPlaceholder')} autoComplete="off" />}
          </FormField>
        </Col>
        <Col span={24}>
          <FormField control={control} name="situation" label={t('followUp.visit.situation')} required>
            {(field) => (
              <Radio.Group
                id={field.id}
                aria-label={t('followUp.visit.situation')}
                value={field.value as VisitSituation | undefined}
                onChange={(e) => field.onChange(e.target.value as VisitSituation)}
                optionType="button"
                options={VISIT_SITUATIONS.map((k) => ({ value: k, label: t(`followUp.situation.${k}`) }))}
              />
            )}
          </FormField>
        </Col>
        {working && (
          <>
            <Col span={24}>
              <FormField control={control} name="workPlace" label={t('followUp.visit.workPlace')}>
                {(field) => <Input {...field} value={textValue(field.value)} autoComplete="off" />}
              </FormField>
            </Col>
            <Col span={24}>
              <FormField control={control} name="workDescription" label={t('followUp.visit.workDescription')}>
                {(field) => <Input.TextArea {...field} value={textValue(field.value)} placeholder={t('followUp.visit.workDescriptionPlaceholder')} autoSize={{ minRows: 2, maxRows: 6 }} />}
              </FormField>
            </Col>
          </>
        )}
        <Col span={24}>
          <FormField control={control} name="notes" label={t('followUp.visit.notes')}>
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 2, maxRows: 8 }} />}
          </FormField>
        </Col>
      </Row>
    </FormDrawer>
  );
}
