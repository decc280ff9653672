import { Button, Col, Input, Row, Space } from 'antd';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { UserCreateInput, type User } from '../../../../shared/schemas/auth';
import type { Role } from '../../../../shared/schemas/user';
import { FormDrawer } from '../../ui/FormDrawer';
import { FormField } from '../../ui/FormField';
import { hasChanges } from '../../ui/hasChanges';
import { SearchSelect } from '../../ui/SearchSelect';
import { textValue } from '../../ui/inputs';
import { useCommandMutation } from '../../ui/useCommandMutation';
import { useZodForm } from '../../ui/useZodForm';
import { useOfficials } from '../directory/queries';
import { officialLabel } from '../plans/team/OfficialPicker';
import { temporaryPassword, USERS } from './queries';
import { RoleSelect } from './RoleSelect';

const FIELDS = ['officialId', 'login', 'role', 'temporaryPassword'];

/** A new account for an official of the directory, with a role and a temporary password. */
export function UserFormDrawer({ open, onClose, users }: { open: boolean; onClose: () => void; users: User[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const officials = useOfficials({ includeDeleted: false });
  const taken = new Set(users.map((u) => u.officialId));
  const form = useZodForm(UserCreateInput, { officialId: '', login: '', role: 'member', temporaryPassword: temporaryPassword() });
  const { control } = form;
  const create = useCommandMutation('users.create', {
    invalidates: [USERS],
    form: { setError: form.setError, fields: FIELDS },
    onSuccess: (user) => {
      void message.success({ content: t('users.created', { login: user.login, name: user.fullName }), duration: 6 });
      onClose();
    },
  });
  const options = (officials.data ?? []).filter((o) => !taken.has(o.id)).map((o) => ({ value: o.id, label: officialLabel(o) }));
  return (
    <FormDrawer
      open={open}
      title={t('users.createTitle')}
      onClose={onClose}
      onSubmit={form.handleSubmit((values) => create.mutate(values))}
      submitting={create.isPending}
      formError={form.formState.errors.root?.server?.message}
      width={560}
      dirty={hasChanges(form.formState.dirtyFields)}
    >
      <FormField control={control} name="officialId" label={t('users.field.officialId')} required extra={t('users.hint.officialId')}>
        {(f) => <SearchSelect {...f} value={f.value || undefined} options={options} loading={officials.isLoading} placeholder={t('users.placeholder.officialId')} />}
      </FormField>
      <Row gutter={16}>
        <Col span={12}>
          <FormField control={control} name="login" label={t('users.field.login')} required extra={t('auth.hint.login')}>
            {(f) => <Input {...f} value={textValue(f.value)} autoComplete="off" spellCheck={false} />}
          </FormField>
        </Col>
        <Col span={12}>
          <FormField control={control} name="role" label={t('users.field.role')} required>
            {(f) => <RoleSelect {...f} value={f.value as Role} />}
          </FormField>
        </Col>
      </Row>
      <FormField control={control} name="temporaryPassword" label={t('users.field.temporaryPassword')} required extra={t('users.hint.temporaryPassword')}>
        {(f) => (
          <Space.Compact style={{ width: '100%', maxWidth: 380 }}>
            <Input {...f} value={textValue(f.value)} autoComplete="off" spellCheck={false} style={{ fontFamily: '"Courier New", monospace' }} />
            <Button onClick={() => form.setValue('temporaryPassword', temporaryPassword(), { shouldValidate: true })}>{t('users.generate')}</Button>
          </Space.Compact>
        )}
      </FormField>
    </FormDrawer>
  );
}
