import { Form, Input, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

export interface Credentials {
  mode: 'password' | 'recoveryKey';
  login: string;
  password: string;
  recoveryKey: string;
}

export const EMPTY_CREDENTIALS: Credentials = { mode: 'password', login: '', password: '', recoveryKey: '' };

/** The command's `credentials`: an account of the backup, or its recovery key. */
export const credentialsInput = (c: Credentials) => (c.mode === 'recoveryKey' ? { recoveryKey: c.recoveryKey } : { login: c.login, password: c.password });

/** Which of the fields a server issue is about (`credentials.login`…). */
export type CredentialErrors = Partial<Record<'login' | 'password' | 'recoveryKey', string>>;

/** A password of an account in the backup, or its recovery key. */
export function CredentialsFields({ value, onChange, errors }: { value: Credentials; onChange: (c: Credentials) => void; errors: CredentialErrors }) {
  const { t } = useTranslation();
  const set = (patch: Partial<Credentials>) => onChange({ ...value, ...patch });
  return (
    <>
      <Form.Item style={{ marginBottom: 12 }}>
        <Segmented
          value={value.mode}
          onChange={(mode) => set({ mode: mode as Credentials['mode'] })}
          options={[
            { value: 'password', label: t('backup.restore.byPassword') },
            { value: 'recoveryKey', label: t('backup.restore.byRecoveryKey') },
          ]}
        />
      </Form.Item>
      {value.mode === 'password' ? (
        <>
          <Form.Item label={t('backup.restore.login')} htmlFor="restore-login" validateStatus={errors.login ? 'error' : undefined} help={errors.login}>
            <Input id="restore-login" value={value.login} onChange={(e) => set({ login: e.target.value })} autoComplete="username" spellCheck={false} style={{ maxWidth: 330 }} />
          </Form.Item>
          <Form.Item label={t('backup.restore.password')} htmlFor="restore-password" validateStatus={errors.password ? 'error' : undefined} help={errors.password}>
            <Input.Password id="restore-password" value={value.password} onChange={(e) => set({ password: e.target.value })} autoComplete="current-password" style={{ maxWidth: 330 }} />
          </Form.Item>
        </>
      ) : (
        <Form.Item label={t('backup.restore.recoveryKey')} htmlFor="restore-recovery" validateStatus={errors.recoveryKey ? 'error' : undefined} help={errors.recoveryKey}>
          <Input id="restore-recovery" value={value.recoveryKey} onChange={(e) => set({ recoveryKey: e.target.value })} spellCheck={false} autoComplete="off" placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" />
        </Form.Item>
      )}
    </>
  );
}

/** A failed command's issues about the credentials, by field. */
export function credentialErrors(issues: { path: (string | number)[]; message: string }[] | undefined): CredentialErrors {
  const out: CredentialErrors = {};
  for (const issue of issues ?? []) {
    const field = issue.path[0] === 'credentials' ? issue.path[1] : undefined;
    if (field === 'login' || field === 'password' || field === 'recoveryKey') out[field] = issue.message;
  }
  return out;
}
