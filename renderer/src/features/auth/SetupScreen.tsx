import { InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { AuthStatus } from '../../../../shared/schemas/auth';
import { Login, Password, SetupInput } from '../../../../shared/schemas/auth';
import { call } from '../../api';
import { FormField } from '../../ui/FormField';
import { FormSection } from '../../ui/FormSection';
import { SetupRestoreScreen } from '../backup/SetupRestoreScreen';
import { textValue } from '../../ui/inputs';
import { useZodForm } from '../../ui/useZodForm';
import { AuthLayout } from './AuthLayout';
import { showError } from './forms';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { UnitSelect, unitInput } from './UnitSelect';

const FIELDS = ['fullName', 'position', 'login', 'password', 'passwordAgain', 'unit', 'placeName'] as const;

/**
 * First start: the admin (an official of the unit), the unit and its place name. The service
 * makes the key file and answers the recovery key, shown once by the next step.
 */
export function SetupScreen({ status, onDone }: { status: AuthStatus; onDone: (status: AuthStatus) => void }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ status: AuthStatus; recoveryKey: string }>();
  // A new or reinstalled laptop: the data comes back from a backup instead (features/backup).
  const [restoring, setRestoring] = useState(false);
  const schema = useMemo(
    () =>
      z
        .object({
          fullName: SetupInput.shape.fullName,
          position: SetupInput.shape.position,
          login: Login,
          password: Password,
          passwordAgain: z.string(),
          unit: z.string(t('auth.unitRequired')).min(1, t('auth.unitRequired')),
          placeName: SetupInput.shape.placeName,
        })
        .refine((v) => v.password === v.passwordAgain, { path: ['passwordAgain'], message: t('auth.mismatch') }),
    [t],
  );
  const form = useZodForm(schema, { fullName: '', position: '', login: '', password: '', passwordAgain: '', unit: '', placeName: '' });
  const { control, formState } = form;

  const submit = form.handleSubmit(async ({ passwordAgain: _, unit, ...values }) => {
    try {
      setResult(await call('auth.setup', { ...values, ...unitInput(unit) }));
    } catch (error) {
      showError(error, form.setError, FIELDS, t('common.unexpectedError'), { unitAgencyId: 'unit', unitName: 'unit' });
    }
  });

  if (result) return <RecoveryKeyStep recoveryKey={result.recoveryKey} onDone={() => onDone(result.status)} />;
  if (restoring) return <SetupRestoreScreen onBack={() => setRestoring(false)} onDone={onDone} />;

  const half = { xs: 24, sm: 12 };
  return (
    <AuthLayout
      title={t('auth.setup.title')}
      width={720}
      footer={
        !status.upgradeFromPlaintext && (
          <Flex vertical align="center" gap={2}>
            <Button type="link" onClick={() => setRestoring(true)}>
              {t('backup.setup.offer')}
            </Button>
            <Typography.Text type="secondary">{t('backup.setup.offerHint')}</Typography.Text>
          </Flex>
        )
      }
    >
      <Alert type="info" showIcon icon={<InfoCircleOutlined aria-hidden />} title={t('auth.setup.intro')} style={{ marginBottom: 16 }} />
      {status.upgradeFromPlaintext && <Alert type="warning" showIcon title={t('auth.setup.upgrade')} style={{ marginBottom: 16 }} />}
      <form onSubmit={submit} noValidate aria-label={t('auth.setup.title')}>
        {formState.errors.root?.server && <Alert type="error" showIcon title={formState.errors.root.server.message} style={{ marginBottom: 16 }} />}
        <Form component="div" layout="vertical">
          <FormSection title={t('auth.setup.admin')}>
            <Col {...half}>
              <FormField control={control} name="fullName" label={t('auth.field.fullName')} required>
                {(f) => <Input {...f} value={textValue(f.value)} placeholder={t('auth.placeholder.fullName')} autoComplete="name" autoFocus />}
              </FormField>
            </Col>
            <Col {...half}>
              <FormField control={control} name="position" label={t('auth.field.position')}>
                {(f) => <Input {...f} value={textValue(f.value)} placeholder={t('auth.placeholder.position')} />}
              </FormField>
            </Col>
            <Col span={24}>
              <FormField control={control} name="login" label={t('auth.field.login')} required extra={t('auth.hint.login')}>
                {(f) => <Input {...f} value={textValue(f.value)} autoComplete="username" spellCheck={false} style={{ maxWidth: 330 }} />}
              </FormField>
            </Col>
            <Col {...half}>
              <FormField control={control} name="password" label={t('auth.field.password')} required extra={t('auth.hint.password')}>
                {(f) => <Input.Password {...f} value={textValue(f.value)} autoComplete="new-password" />}
              </FormField>
            </Col>
            <Col {...half}>
              <FormField control={control} name="passwordAgain" label={t('auth.field.passwordAgain')} required>
                {(f) => <Input.Password {...f} value={textValue(f.value)} autoComplete="new-password" />}
              </FormField>
            </Col>
          </FormSection>
          <FormSection title={t('auth.setup.unitSection')}>
            <Col span={24}>
              <FormField control={control} name="unit" label={t('auth.field.unit')} required extra={t('auth.hint.unit')}>
                {(f) => <UnitSelect {...f} value={textValue(f.value)} />}
              </FormField>
            </Col>
            <Col span={24}>
              <FormField control={control} name="placeName" label={t('auth.field.placeName')} required extra={t('auth.hint.placeName')}>
                {(f) => <Input {...f} value={textValue(f.value)} style={{ maxWidth: 330 }} />}
              </FormField>
            </Col>
          </FormSection>
        </Form>
        <Row justify="end">
          <Button type="primary" size="large" htmlType="submit" loading={formState.isSubmitting}>
            {formState.isSubmitting ? t('auth.setup.submitting') : t('auth.setup.submit')}
          </Button>
        </Row>
      </form>
    </AuthLayout>
  );
}
