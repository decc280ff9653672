import { Col, Form } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { SearchSelect } from '../../../ui/SearchSelect';
import { formatDate } from '../../plans/dates';
import { usePlans } from '../../plans/queries';
import { useChosenPlan, useInspectionList } from '../queries';
import type { StartForm } from './startForm';

// Plans whose visits are happening: approved or under way.
export const ACTIVE_PLAN = new Set(['approved', 'in_progress']);

interface PlanTargetFieldsProps {
  form: StartForm;
  planId: string | undefined;
  onPlanChange: (planId: string | undefined) => void;
}

/** Choose the plan, then one of its scheduled establishments; the visit date comes with it. */
export function PlanTargetFields({ form, planId, onPlanChange }: PlanTargetFieldsProps) {
  const { t } = useTranslation();
  const planFieldId = useId();
  const plans = usePlans({});
  const plan = useChosenPlan(planId);
  const started = useInspectionList({ planId }, Boolean(planId));
  const done = new Set(planId ? (started.data ?? []).map((i) => i.planTargetId) : []);
  const planOptions = (plans.data ?? [])
    .filter((p) => ACTIVE_PLAN.has(p.status) && !p.deletedAt)
    .map((p) => ({ value: p.id, label: [p.number, p.title].filter(Boolean).join(' — ') }));
  const targets = plan.data?.targets ?? [];
  const targetOptions = targets.map((target) => ({
    value: target.id,
    label: [
      target.establishmentName,
      target.visitDate && formatDate(target.visitDate),
      done.has(target.id) && t('inspections.start.alreadyRecorded'),
    ].filter(Boolean).join(' — '),
  }));

  return (
    <>
      <Col span={24}>
        <Form.Item label={t('inspections.start.plan')} htmlFor={planFieldId} required>
          <SearchSelect
              id={planFieldId}
              placeholder={planOptions.length || plans.isPending ? t('inspections.start.planPlaceholder') : t('inspections.start.noActivePlan')}
              loading={plans.isPending}
              options={planOptions}
              value={planId}
              onChange={(value) => {
                onPlanChange(value);
                form.setValue('planTargetId', undefined);
              }}
            />
        </Form.Item>
      </Col>
      <Col span={24}>
        <FormField control={form.control} name="planTargetId" label={t('inspections.start.target')} required>
          {(field) => (
            <SearchSelect
              {...field}
              value={field.value as string | undefined}
              disabled={!planId}
              loading={plan.isFetching}
              placeholder={planId ? t('inspections.start.targetPlaceholder') : t('inspections.start.targetNeedsPlan')}
              options={targetOptions}
              onChange={(value) => {
                field.onChange(value);
                const visit = targets.find((target) => target.id === value)?.visitDate;
                if (visit) form.setValue('inspectionDate', visit, { shouldValidate: true });
              }}
            />
          )}
        </FormField>
      </Col>
    </>
  );
}
