import { App, AutoComplete, Col, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { visitWarnings } from '../../../../../shared/plans/schedule';
import { UpdateTargetInput, type PlanTarget } from '../../../../../shared/schemas/plan';
import { FormDrawer } from '../../../ui/FormDrawer';
import { FormField } from '../../../ui/FormField';
import { hasChanges } from '../../../ui/hasChanges';
import { textValue } from '../../../ui/inputs';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useZodForm } from '../../../ui/useZodForm';
import { usePlanOptions } from '../labels';
import { PLANS } from '../queries';
import { IsoDatePicker } from './IsoDatePicker';

interface TargetEditDrawerProps {
  open: boolean;
  onClose: () => void;
  target: PlanTarget;
  period: { periodStart: string; periodEnd: string };
  /** Sub-teams already named in the team, offered as you type. */
  subTeams: string[];
}

/** The schedule of one visit: day, time slot, sub-team and notes. */
export function TargetEditDrawer({ open, onClose, target, period, subTeams }: TargetEditDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { slots } = usePlanOptions();
  const form = useZodForm(UpdateTargetInput, {
    id: target.id,
    visitDate: target.visitDate,
    timeSlot: target.timeSlot,
    subTeam: target.subTeam ?? '',
    notes: target.notes ?? '',
  });
  const update = useCommandMutation('plans.updateTarget', {
    invalidates: [PLANS],
    form: { setError: form.setError, fields: Object.keys(UpdateTargetInput.shape) },
    onSuccess: () => {
      void message.success(t('common.savedDone', { name: target.establishmentName }));
      onClose();
    },
  });
  const { control } = form;
  // A Saturday or Sunday is allowed, with the service's warning, as it is picked.
  const warnings = visitWarnings(form.watch('visitDate') ?? undefined);

  return (
    <FormDrawer
      open={open}
      title={t('plans.targets.editTitle', { name: target.establishmentName })}
      onClose={onClose}
      width={520}
      onSubmit={form.handleSubmit((values) => update.mutate(values))}
      submitting={update.isPending}
      formError={form.formState.errors.root?.server?.message}
      dirty={hasChanges(form.formState.dirtyFields)}
    >
      <Row gutter={16}>
        <Col span={12}>
          <FormField control={control} name="visitDate" label={t('plans.targets.visitDate')} extra={warnings.length > 0 && <span style={{ color: '#b45309' }}>{warnings.join('; ')}</span>}>
            {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} period={period} />}
          </FormField>
        </Col>
        <Col span={12}>
          <FormField control={control} name="timeSlot" label={t('plans.targets.timeSlot')}>
            {(field) => (
              <Radio.Group
                id={field.id}
                value={field.value}
                onChange={(e) => field.onChange(e.target.value)}
                optionType="button"
                buttonStyle="solid"
                options={slots}
                aria-label={t('plans.targets.timeSlot')}
              />
            )}
          </FormField>
        </Col>
        <Col span={12}>
          <FormField control={control} name="subTeam" label={t('plans.targets.subTeam')}>
            {(field) => (
              <AutoComplete
                {...field}
                value={textValue(field.value)}
                options={subTeams.map((s) => ({ value: s }))}
                placeholder={t('plans.team.subTeamPlaceholder')}
              />
            )}
          </FormField>
        </Col>
        <Col span={24}>
          <FormField control={control} name="notes" label={t('plans.targets.notes')}>
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 3, maxRows: 8 }} />}
          </FormField>
        </Col>
      </Row>
    </FormDrawer>
  );
}
