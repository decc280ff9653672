import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Drawer, Empty, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../../../../shared/commands';
import type { Plan } from '../../../../../shared/schemas/plan';
import { QueryError } from '../../../ui/QueryError';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { KindTag } from '../../establishments/KindTag';
import { PLANS, useTargetSuggestions } from '../queries';
import { BatchSchedule, type BatchValues } from './BatchSchedule';
import { PriorityCell } from './PriorityCell';
import { SuggestFilters, type SuggestFilterValues } from './SuggestFilters';

type Suggestion = CommandOutput<'plans.suggestTargets'>[number];

interface SuggestDrawerProps {
  open: boolean;
  onClose: () => void;
  plan: Plan;
  subTeams: string[];
}

/** Establishments not yet in the plan, riskiest first with the reasons; pick several and schedule them together. */
export function SuggestDrawer({ open, onClose, plan, subTeams }: SuggestDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<SuggestFilterValues>({ text: '', provinceCode: plan.provinceCode });
  const [batch, setBatch] = useState<BatchValues>({ timeSlot: 'morning', subTeam: '' });
  const [selected, setSelected] = useState<string[]>([]);
  const query = useDebouncedValue(filters.text.trim(), 300);
  const { text: _text, ...rest } = filters;
  const suggestions = useTargetSuggestions({ planId: plan.id, ...rest, query: query || undefined, limit: 200 }, open);
  const items = suggestions.data ?? [];
  const add = useCommandMutation('plans.addTargets', {
    invalidates: [PLANS],
    onSuccess: (_, input) => {
      void message.success(t('plans.suggest.added', { count: input.targets.length }));
      onClose();
    },
  });
  const allChosen = items.length > 0 && items.every((s) => selected.includes(s.establishment.id));
  const someChosen = items.some((s) => selected.includes(s.establishment.id));
  const submit = () =>
    add.mutate({
      planId: plan.id,
      targets: selected.map((establishmentId) => ({ establishmentId, visitDate: batch.visitDate, timeSlot: batch.timeSlot, subTeam: batch.subTeam })),
    });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={1120}
      title={t('plans.suggest.title')}
      footer={
        <Flex justify="space-between" align="center" gap={12} wrap>
          <BatchSchedule value={batch} onChange={(patch) => setBatch((b) => ({ ...b, ...patch }))} period={plan} subTeams={subTeams} />
          <Flex gap={8}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} disabled={selected.length === 0} loading={add.isPending} onClick={submit}>
              {t('plans.suggest.addSelected', { count: selected.length })}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('plans.suggest.intro')}
      </Typography.Paragraph>
      <SuggestFilters value={filters} onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))} />
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {t('plans.suggest.selectedCount', { selected: selected.length, total: items.length })}
      </Typography.Text>
      {suggestions.isError ? (
        <QueryError error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : (
        <Table<Suggestion>
          rowKey={(s) => s.establishment.id}
          size="small"
          loading={suggestions.isFetching}
          dataSource={items}
          pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: suggestions.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.suggest.empty')} /> }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
            columnTitle: (
              <Checkbox
                aria-label={t('plans.suggest.selectAll')}
                checked={allChosen}
                indeterminate={someChosen && !allChosen}
                onChange={(e) => setSelected(e.target.checked ? items.map((s) => s.establishment.id) : [])}
              />
            ),
            getCheckboxProps: (s) => ({ 'aria-label': t('plans.suggest.selectOne', { name: s.establishment.name }) }),
          }}
          columns={[
            {
              title: t('plans.targets.columnEstablishment'),
              key: 'name',
              render: (_, { establishment: e }) => (
                <Flex vertical gap={2}>
                  <Flex gap={6} align="center" wrap>
                    <Typography.Text strong>{e.name}</Typography.Text>
                    <KindTag kind={e.kind} />
                  </Flex>
                  {e.parentName && (
                    <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
                      {t('establishment.list.memberOf', { name: e.parentName })}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: t('establishment.list.columnLocation'),
              key: 'where',
              width: 190,
              render: (_, { establishment: e }) => [e.communeName, e.provinceName].filter(Boolean).join(', '),
            },
            { title: t('plans.targets.columnPriority'), key: 'priority', width: 420, render: (_, s) => <PriorityCell score={s.score} reasons={s.reasons} /> },
          ]}
        />
      )}
    </Drawer>
  );
}
