import { App, Button, Card, Col, Descriptions, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { SettingsUpdateInput, type Settings } from '../../../../shared/schemas/auth';
import { FormField } from '../../ui/FormField';
import { QueryError } from '../../ui/QueryError';
import { numberOrUndefined, textValue } from '../../ui/inputs';
import { useCan, useSession } from '../../ui/session';
import { useCommandMutation } from '../../ui/useCommandMutation';
import { useZodForm } from '../../ui/useZodForm';
import { AgencySelect } from '../directory/AgencySelect';
import { SETTINGS, useSettings } from './queries';

const FIELDS = ['unitAgencyId', 'placeName', 'idleLockMinutes', 'retentionYears', 'followUpFirstVisitMonths', 'followUpSecondVisitMonths'];

/** The unit's settings: the admin edits them, everyone else reads them. */
export function UnitSettingsCard() {
  const { t } = useTranslation();
  const settings = useSettings();
  const canEdit = useCan('settings.update');
  return (
    <Card title={t('settings.unit.title')} style={{ maxWidth: 720, marginBottom: 16 }}>
      {settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !settings.data ? null : canEdit ? (
        <UnitSettingsForm settings={settings.data} />
      ) : (
        <Descriptions column={1} size="small" colon={false} styles={{ label: { width: 320 } }}>
          <Descriptions.Item label={t('settings.unit.unitAgencyId')}>{settings.data.unitName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('settings.unit.placeName')}>{settings.data.placeName || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('settings.unit.idleLockMinutes')}>{t('settings.unit.minutes', { value: settings.data.idleLockMinutes })}</Descriptions.Item>
          <Descriptions.Item label={t('settings.unit.retentionYears')}>{t('settings.unit.years', { value: settings.data.retentionYears })}</Descriptions.Item>
          <Descriptions.Item label={t('followUp.settings.schedule')}>
            {t('followUp.settings.scheduleValue', { first: settings.data.followUpFirstVisitMonths, second: settings.data.followUpSecondVisitMonths })}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}

function UnitSettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const form = useZodForm(SettingsUpdateInput, {
    unitAgencyId: settings.unitAgencyId,
    placeName: settings.placeName,
    idleLockMinutes: settings.idleLockMinutes,
    retentionYears: settings.retentionYears,
    followUpFirstVisitMonths: settings.followUpFirstVisitMonths,
    followUpSecondVisitMonths: settings.followUpSecondVisitMonths,
  });
  const { control } = form;
  const save = useCommandMutation('settings.update', {
    invalidates: [SETTINGS],
    form: { setError: form.setError, fields: FIELDS },
    onSuccess: (saved) => {
      form.reset({
        unitAgencyId: saved.unitAgencyId,
        placeName: saved.placeName,
        idleLockMinutes: saved.idleLockMinutes,
        retentionYears: saved.retentionYears,
        followUpFirstVisitMonths: saved.followUpFirstVisitMonths,
        followUpSecondVisitMonths: saved.followUpSecondVisitMonths,
      });
      void message.success(t('settings.unit.saved'));
      // The lock time and the unit's name shown at sign-in come with the status.
      void session.refresh();
    },
  });
  const error = form.formState.errors.root?.server?.message;
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate aria-label={t('settings.unit.title')}>
      {error && <p style={{ color: '#cf1322' }}>{error}</p>}
      <Form component="div" layout="vertical">
        <FormField control={control} name="unitAgencyId" label={t('settings.unit.unitAgencyId')} extra={t('settings.unit.unitHint')}>
          {(f) => <AgencySelect {...f} value={f.value as string | undefined} allowClear={false} />}
        </FormField>
        <FormField control={control} name="placeName" label={t('settings.unit.placeName')} extra={t('auth.hint.placeName')}>
          {(f) => <Input {...f} value={textValue(f.value)} style={{ maxWidth: 330 }} />}
        </FormField>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <FormField control={control} name="idleLockMinutes" label={t('settings.unit.idleLockMinutes')} extra={t('settings.unit.idleHint')}>
              {(f) => <InputNumber {...f} onChange={(v) => f.onChange(numberOrUndefined(v))} suffix={t('settings.unit.minuteUnit')} style={{ width: 160 }} />}
            </FormField>
          </Col>
          <Col xs={24} sm={12}>
            <FormField control={control} name="retentionYears" label={t('settings.unit.retentionYears')} extra={t('settings.unit.retentionHint')}>
              {(f) => <InputNumber {...f} onChange={(v) => f.onChange(numberOrUndefined(v))} suffix={t('settings.unit.yearUnit')} style={{ width: 160 }} />}
            </FormField>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <FormField control={control} name="followUpFirstVisitMonths" label={t('followUp.settings.firstVisit')} extra={t('followUp.settings.scheduleHint')}>
              {(f) => <InputNumber {...f} onChange={(v) => f.onChange(numberOrUndefined(v))} suffix={t('followUp.settings.monthUnit')} style={{ width: 160 }} />}
            </FormField>
          </Col>
          <Col xs={24} sm={12}>
            <FormField control={control} name="followUpSecondVisitMonths" label={t('followUp.settings.secondVisit')}>
              {(f) => <InputNumber {...f} onChange={(v) => f.onChange(numberOrUndefined(v))} suffix={t('followUp.settings.monthUnit')} style={{ width: 160 }} />}
            </FormField>
          </Col>
        </Row>
      </Form>
      <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!form.formState.isDirty}>
        {t('common.save')}
      </Button>
    </form>
  );
}
