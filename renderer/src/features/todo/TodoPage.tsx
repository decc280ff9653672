import { CheckCircleOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { TODO_KINDS, type TodoKind, type TodoRow } from '../../../../shared/schemas/follow-up';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { SearchSelect } from '../../ui/SearchSelect';
import { byDate } from '../../ui/sorters';
import { useAgencies, useOfficials } from '../directory/queries';
import { formatInstant } from '../follow-up/format';
import { todoLink } from '../follow-up/links';
import { useTodo } from '../follow-up/queries';
import { TodoKindTag } from '../follow-up/tags';
import { formatDate } from '../plans/dates';

/** The establishment (unless the detail already names it) and the detail of a reminder. */
const subtitle = ({ establishmentName, detail }: TodoRow): string =>
  [establishmentName && !detail?.includes(establishmentName) ? establishmentName : undefined, detail].filter(Boolean).join(' · ');

/**
 * "Việc cần làm": what is due or overdue today — emergency cases past or near their 12 hours,
 * follow-up visits, commitments due, re-inspections, this week's planned visits — overdue first.
 * Filters (kind, official, agency) live in the URL; each row opens its record.
 */
export function TodoPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const kind = TODO_KINDS.find((k) => k === params.get('kind'));
  const officialId = params.get('official') ?? undefined;
  const agencyId = params.get('agency') ?? undefined;
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const todo = useTodo({ kind, officialId, agencyId });
  const officials = useOfficials({});
  const agencies = useAgencies();
  const rows = todo.data?.rows ?? [];
  const overdue = rows.filter((r) => r.overdue).length;
  const filtered = Boolean(kind || officialId || agencyId);

  const columns: ColumnsType<TodoRow> = [
    {
      title: t('followUp.todo.columnDue'),
      key: 'due',
      width: 150,
      sorter: byDate((row: TodoRow) => row.dueAt ?? row.dueOn),
      render: (_, row) => (
        <Flex vertical gap={2} align="flex-start">
          <Typography.Text strong={row.overdue} type={row.overdue ? 'danger' : undefined}>
            {row.dueAt ? t('followUp.todo.dueAt', formatInstant(row.dueAt)) : formatDate(row.dueOn)}
          </Typography.Text>
          {row.overdue ? (
            <Tag color="red" style={{ marginInlineEnd: 0 }}>
              {t('followUp.todo.overdue')}
            </Tag>
          ) : (
            row.dueOn === todo.data?.date && <Tag color="orange">{t('followUp.todo.dueToday')}</Tag>
          )}
        </Flex>
      ),
    },
    { title: t('followUp.todo.columnKind'), key: 'kind', width: 190, render: (_, row) => <TodoKindTag kind={row.kind} /> },
    {
      title: t('followUp.todo.columnTask'),
      key: 'task',
      minWidth: 260,
      render: (_, row) => (
        <Flex vertical gap={2}>
          <Link to={todoLink(row)} style={{ fontWeight: 500 }}>
            {row.title}
          </Link>
          {subtitle(row) && (
            <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
              {subtitle(row)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('followUp.todo.columnPeople'),
      key: 'people',
      width: 230,
      responsive: ['lg'],
      render: (_, row) => (
        <Flex vertical gap={2}>
          <span>{row.officials.map((o) => o.name).join(', ')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
            {row.agencies.map((a) => a.name).join(', ')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '',
      key: 'open',
      width: 80,
      render: (_, row) => (
        <Button size="small" type="text" icon={<RightOutlined aria-hidden />} iconPlacement="end" aria-label={t('followUp.todo.openOf', { title: row.title })} onClick={() => navigate(todoLink(row))}>
          {t('followUp.todo.open')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('followUp.todo.title')}
        description={
          <>
            {t('followUp.todo.description')}
            {todo.data && (
              <>
                {' · '}
                <Typography.Text strong>{t('followUp.todo.asOf', { date: formatDate(todo.data.date) })}</Typography.Text>
              </>
            )}
          </>
        }
      />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <SearchSelect<TodoKind>
            aria-label={t('followUp.todo.kindFilter')}
            placeholder={t('followUp.todo.allKinds')}
            value={kind}
            onChange={(v) => setParam('kind', v)}
            style={{ width: 220 }}
            options={TODO_KINDS.map((k) => ({ value: k, label: t(`followUp.todoKind.${k}`) }))}
          />
          <SearchSelect
            aria-label={t('followUp.todo.officialFilter')}
            placeholder={t('followUp.todo.allOfficials')}
            value={officialId}
            onChange={(v) => setParam('official', v)}
            style={{ width: 220 }}
            options={(officials.data ?? []).map((o) => ({ value: o.id, label: o.fullName }))}
          />
          <SearchSelect
            aria-label={t('followUp.todo.agencyFilter')}
            placeholder={t('followUp.todo.allAgencies')}
            value={agencyId}
            onChange={(v) => setParam('agency', v)}
            style={{ width: 260 }}
            options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
          {todo.data && rows.length > 0 && (
            <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }} data-testid="todo-total">
              {t('followUp.todo.total', { count: rows.length, overdue })}
            </Typography.Text>
          )}
        </Flex>
        {todo.isError ? (
          <QueryError error={todo.error} onRetry={() => void todo.refetch()} />
        ) : (
          <Table<TodoRow>
            rowKey="key"
            size="middle"
            loading={todo.isFetching}
            dataSource={rows}
            columns={columns}
            scroll={{ x: 760 }}
            showSorterTooltip={false}
            rowClassName={(row) => (row.overdue ? 'todo-row-overdue' : '')}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{
              emptyText: todo.isPending ? (
                ' '
              ) : filtered ? (
                <Empty description={t('followUp.todo.noMatch')} />
              ) : (
                <Flex vertical align="center" gap={8} style={{ padding: '32px 0' }}>
                  <CheckCircleOutlined style={{ fontSize: 36, color: '#15803d' }} aria-hidden />
                  <Typography.Text strong>{t('followUp.todo.emptyTitle')}</Typography.Text>
                  <Typography.Text type="secondary">{t('followUp.todo.emptyText')}</Typography.Text>
                </Flex>
              ),
            }}
          />
        )}
      </Card>
    </>
  );
}
