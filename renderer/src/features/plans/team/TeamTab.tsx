import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Form, Table, Typography } from 'antd';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SetTeamInput, type PlanDetail } from '../../../../../shared/schemas/plan';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useZodForm } from '../../../ui/useZodForm';
import { useOfficials } from '../../directory/queries';
import { PLANS } from '../queries';
import { OfficialPicker } from './OfficialPicker';
import { TeamSummary } from './TeamSummary';
import { useTeamColumns, type Person, type TeamRow } from './useTeamColumns';

const teamValues = (detail: PlanDetail) => ({
  planId: detail.plan.id,
  members: detail.team.map((m) => ({ officialId: m.officialId, role: m.role, subTeam: m.subTeam ?? '' })),
});

/** The joint team: officials from the directory, each with a role and an optional sub-team; saved as a whole. */
export function TeamTab({ detail, readOnly }: { detail: PlanDetail; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const officials = useOfficials({});
  const form = useZodForm(SetTeamInput, teamValues(detail));
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'members' });
  const save = useCommandMutation('plans.setTeam', {
    invalidates: [PLANS],
    // An issue such as ['members', 1, 'role'] lands under that row's role.
    form: { setError: form.setError, fields: ['members'] },
    onSuccess: (saved) => {
      void message.success(t('plans.team.saved'));
      form.reset(teamValues(saved));
    },
  });
  const columns = useTeamColumns(form, readOnly, remove);

  // The team's own entries come last and win: an official deleted from the directory since still has a name.
  const people = new Map<string, Person>([...(officials.data ?? []).map((o) => [o.id, o] as const), ...detail.team.map((m) => [m.officialId, m] as const)]);
  const members = form.watch('members');
  const rows: TeamRow[] = fields.map((f, index) => ({ key: f.id, index, officialId: f.officialId, person: people.get(f.officialId) }));
  const agencies = new Set(members.map((m) => people.get(m.officialId)?.agencyId).filter(Boolean)).size;
  const leaders = members.filter((m) => m.role === 'leader').length;
  const rootError = form.formState.errors.root?.server?.message;

  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Form component="div" layout="vertical">
        <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 16 }}>
          <TeamSummary members={members.length} agencies={agencies} leaders={leaders} />
          {!readOnly && (
            <OfficialPicker
              officials={officials.data ?? []}
              loading={officials.isLoading}
              taken={new Set(members.map((m) => m.officialId))}
              onPick={(o) => append({ officialId: o.id, role: 'member', subTeam: '' })}
            />
          )}
        </Flex>
        {rootError && <Alert type="error" showIcon title={rootError} style={{ marginBottom: 16 }} />}
        <Table<TeamRow>
          rowKey="key"
          size="middle"
          dataSource={rows}
          columns={columns}
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.team.empty')} /> }}
        />
        {!readOnly && (
          <Flex justify="end" align="center" gap={12} style={{ marginTop: 16 }}>
            {form.formState.isDirty && <Typography.Text type="warning">{t('plans.team.unsaved')}</Typography.Text>}
            <Button disabled={!form.formState.isDirty} onClick={() => form.reset()}>
              {t('plans.team.discard')}
            </Button>
            <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={save.isPending} disabled={!form.formState.isDirty}>
              {t('plans.team.save')}
            </Button>
          </Flex>
        )}
      </Form>
    </form>
  );
}
