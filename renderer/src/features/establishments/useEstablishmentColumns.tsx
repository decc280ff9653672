import { Flex, Tooltip, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Establishment } from '../../../../shared/schemas/establishment';
import { RecordName } from '../../ui/RecordName';
import { useActionsColumn, type RowHandlers } from '../../ui/useActionsColumn';
import { KindTag } from './KindTag';

type Column = ColumnType<Establishment>;

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/** The establishment columns by name, so the register and a village's member list pick what they need. */
export function useEstablishmentColumns(handlers: RowHandlers<Establishment>, options: { showParent?: boolean } = {}) {
  const { t } = useTranslation();

  const name: Column = {
    title: t('establishment.list.columnName'),
    key: 'name',
    render: (_, e) => (
      <Flex vertical gap={2}>
        <RecordName deleted={Boolean(e.deletedAt)}>
          <Link to={`/establishments/${e.id}`} style={{ fontWeight: 500 }}>
            {e.name}
          </Link>
        </RecordName>
        {options.showParent && e.parentName && (
          <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
            {t('establishment.list.memberOf', { name: e.parentName })}
          </Typography.Text>
        )}
      </Flex>
    ),
  };
  const kind: Column = { title: t('establishment.list.columnKind'), key: 'kind', width: 165, render: (_, e) => <KindTag kind={e.kind} /> };
  const taxCode: Column = {
    title: t('establishment.list.columnTaxCode'),
    key: 'taxCode',
    width: 130,
    render: (_, e) => (e.taxCode ? <span style={{ fontVariantNumeric: 'tabular-nums' }}>{e.taxCode}</span> : dash),
  };
  const location: Column = {
    title: t('establishment.list.columnLocation'),
    key: 'location',
    width: 210,
    render: (_, e) =>
      e.communeName || e.provinceName ? (
        <Flex vertical gap={2}>
          <span>{e.communeName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
            {e.provinceName}
          </Typography.Text>
        </Flex>
      ) : (
        dash
      ),
  };
  const workers: Column = {
    title: <Tooltip title={t('establishment.list.workersTitle')}>{t('establishment.list.columnWorkers')}</Tooltip>,
    key: 'workers',
    width: 95,
    align: 'right',
    render: (_, e) => {
      if (e.workersTotal === undefined && e.workersUnder18 === undefined) return dash;
      const under18 = e.workersUnder18 ?? 0;
      // Minors are what the team is looking for: their count stands out.
      return (
        <Tooltip title={t('establishment.list.workersTitle')}>
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>
            {e.workersTotal ?? '?'} / <span style={under18 > 0 ? { color: '#c2410c', fontWeight: 600 } : undefined}>{e.workersUnder18 ?? '?'}</span>
          </span>
        </Tooltip>
      );
    },
  };
  const actions = useActionsColumn<Establishment>((e) => e.name, handlers, 'establishments.update');
  return { name, kind, taxCode, location, workers, actions };
}
