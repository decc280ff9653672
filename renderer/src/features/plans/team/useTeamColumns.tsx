import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import type { SetTeamInput } from '../../../../../shared/schemas/plan';
import { textValue } from '../../../ui/inputs';
import { SearchSelect } from '../../../ui/SearchSelect';
import { usePlanOptions } from '../labels';
import { RowField } from './RowField';

export type TeamForm = UseFormReturn<z.input<typeof SetTeamInput>, unknown, z.output<typeof SetTeamInput>>;

export interface Person {
  fullName: string;
  position?: string;
  agencyId: string;
  agencyName: string;
}

export interface TeamRow {
  key: string;
  index: number;
  officialId: string;
  person?: Person;
}

/** Columns of the team editor; a read-only plan shows the role and sub-team as text. */
export function useTeamColumns(form: TeamForm, readOnly: boolean, onRemove: (index: number) => void): ColumnsType<TeamRow> {
  const { t } = useTranslation();
  const { roles } = usePlanOptions();
  const members = form.watch('members');
  const errors = form.formState.errors.members;
  const nameOf = (r: TeamRow) => r.person?.fullName ?? r.officialId;

  const columns: ColumnsType<TeamRow> = [
    { title: '#', key: 'n', width: 48, render: (_, r) => r.index + 1 },
    {
      title: t('plans.team.columnOfficial'),
      key: 'official',
      render: (_, r) => (
        <Flex vertical>
          <Typography.Text strong>{nameOf(r)}</Typography.Text>
          {r.person?.position && <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>{r.person.position}</Typography.Text>}
          {errors?.[r.index]?.officialId && <Typography.Text type="danger">{errors[r.index]!.officialId!.message}</Typography.Text>}
        </Flex>
      ),
    },
    { title: t('plans.team.columnAgency'), key: 'agency', render: (_, r) => r.person?.agencyName },
    {
      title: t('plans.team.columnRole'),
      key: 'role',
      width: 200,
      render: (_, r) =>
        readOnly ? (
          t(`plans.role.${members[r.index]!.role}`)
        ) : (
          <RowField control={form.control} name={`members.${r.index}.role`}>
            {(field) => (
              <SearchSelect
                {...field}
                value={field.value as string}
                allowClear={false}
                options={roles}
                aria-label={t('plans.team.roleOf', { name: nameOf(r) })}
                style={{ width: '100%' }}
              />
            )}
          </RowField>
        ),
    },
    {
      title: t('plans.team.columnSubTeam'),
      key: 'subTeam',
      width: 150,
      render: (_, r) =>
        readOnly ? (
          textValue(members[r.index]!.subTeam)
        ) : (
          <RowField control={form.control} name={`members.${r.index}.subTeam`}>
            {(field) => (
              <Input
                {...field}
                value={textValue(field.value)}
                maxLength={50}
                placeholder={t('plans.team.subTeamPlaceholder')}
                aria-label={t('plans.team.subTeamOf', { name: nameOf(r) })}
              />
            )}
          </RowField>
        ),
    },
  ];
  if (readOnly) return columns;
  return [
    ...columns,
    {
      title: '',
      key: 'remove',
      width: 56,
      render: (_, r) => (
        <Button type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={() => onRemove(r.index)} aria-label={t('plans.team.removeOf', { name: nameOf(r) })} />
      ),
    },
  ];
}
