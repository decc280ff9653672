import { Col, Row, Segmented } from 'antd';
import dayjs from 'dayjs';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InspectionCreateInput } from '../../../../../shared/schemas/inspection';
import { FormDrawer } from '../../../ui/FormDrawer';
import { hasChanges } from '../../../ui/hasChanges';
import { clearUnsaved } from '../../../ui/unsaved/unsavedStore';
import { FormField } from '../../../ui/FormField';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useZodForm } from '../../../ui/useZodForm';
import { todayIso } from '../format';
import { IsoDatePicker } from '../inputs/IsoDatePicker';
import { TimeInput } from '../inputs/TimeInput';
import { usePlans } from '../../plans/queries';
import { INSPECTIONS } from '../queries';
import { EstablishmentPicker } from './EstablishmentPicker';
import { ACTIVE_PLAN, PlanTargetFields } from './PlanTargetFields';

type Source = 'plan' | 'adhoc';
const FIELDS = ['planTargetId', 'establishmentId', 'inspectionDate', 'startTime'] as const;

/** Now, to the five minutes below: the team arrives and starts recording. */
const nowTime = () => {
  const now = dayjs();
  return now.minute(now.minute() - (now.minute() % 5)).format('HH:mm');
};

/** Where the drawer was opened from: a plan's target ("Bắt đầu kiểm tra") or an establishment ("Kiểm tra cơ sở này"). */
export type StartPreset = { planId: string; planTargetId: string } | { establishmentId: string };

interface StartInspectionDrawerProps {
  open: boolean;
  onClose: () => void;
  onStarted: (inspectionId: string) => void;
  preset?: StartPreset;
}

/** Starts recording a visit: an establishment scheduled in a plan, or any establishment ad hoc. */
export function StartInspectionDrawer({ open, onClose, onStarted, preset }: StartInspectionDrawerProps) {
  const { t } = useTranslation();
  const guardId = useId();
  const [chosenSource, setSource] = useState<Source | undefined>(preset && ('establishmentId' in preset ? 'adhoc' : 'plan'));
  const plans = usePlans({});
  // Without a plan under way there is nothing to choose from: start ad hoc.
  const source = chosenSource ?? (plans.data?.some((p) => ACTIVE_PLAN.has(p.status) && !p.deletedAt) ? 'plan' : 'adhoc');
  const [planId, setPlanId] = useState<string | undefined>(preset && 'planId' in preset ? preset.planId : undefined);
  const form = useZodForm(InspectionCreateInput, {
    inspectionDate: todayIso(),
    startTime: nowTime(),
    ...(preset && 'planTargetId' in preset ? { planTargetId: preset.planTargetId } : {}),
    ...(preset && 'establishmentId' in preset ? { establishmentId: preset.establishmentId } : {}),
  });
  const create = useCommandMutation('inspections.create', {
    invalidates: [INSPECTIONS],
    form: { setError: form.setError, fields: FIELDS },
    onSuccess: (detail) => {
      clearUnsaved(guardId);
      onClose();
      onStarted(detail.inspection.id);
    },
  });
  const switchSource = (next: Source) => {
    setSource(next);
    form.setValue(next === 'plan' ? 'establishmentId' : 'planTargetId', undefined);
    form.clearErrors();
  };
  // Only the chosen way of naming the establishment is sent.
  const onSubmit = form.handleSubmit((values) =>
    create.mutate(source === 'plan' ? { ...values, establishmentId: undefined } : { ...values, planTargetId: undefined }),
  );

  return (
    <FormDrawer
      open={open}
      title={t('inspections.start.title')}
      onClose={onClose}
      width={560}
      onSubmit={onSubmit}
      submitting={create.isPending}
      formError={form.formState.errors.root?.server?.message}
      dirty={hasChanges(form.formState.dirtyFields)}
      guardId={guardId}
    >
      <Segmented<Source>
        block
        aria-label={t('inspections.start.source')}
        value={source}
        onChange={switchSource}
        options={[
          { value: 'plan', label: t('inspections.start.fromPlan') },
          { value: 'adhoc', label: t('inspections.start.adHoc') },
        ]}
        style={{ marginBottom: 20 }}
      />
      <Row gutter={16}>
        {source === 'plan' ? (
          <PlanTargetFields form={form} planId={planId} onPlanChange={setPlanId} />
        ) : (
          <Col span={24}>
            <FormField control={form.control} name="establishmentId" label={t('inspections.start.establishment')} required extra={t('inspections.start.establishmentHint')}>
              {(field) => <EstablishmentPicker {...field} value={field.value as string | undefined} autoFocus />}
            </FormField>
          </Col>
        )}
        <Col span={14}>
          <FormField control={form.control} name="inspectionDate" label={t('inspections.field.inspectionDate')} required>
            {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} allowClear={false} />}
          </FormField>
        </Col>
        <Col span={10}>
          <FormField control={form.control} name="startTime" label={t('inspections.field.startTime')}>
            {(field) => <TimeInput {...field} value={field.value as string | undefined} />}
          </FormField>
        </Col>
      </Row>
    </FormDrawer>
  );
}
