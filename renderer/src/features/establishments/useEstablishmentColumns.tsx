import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Establishment } from '../../../../shared/schemas/establishment';
import { RecordActions } from '../../ui/RecordActions';
import { KindTag } from './KindTag';

export interface RowHandlers {
  onEdit: (e: Establishment) => void;
  onDelete: (e: Establishment) => void;
  onRestore: (e: Establishment) => void;
}

type Column = ColumnType<Establishment>;

/** The establishment columns by name, so the register and a village's member list pick what they need. */
export function useEstablishmentColumns(handlers: RowHandlers, options: { showParent?: boolean } = {}) {
  const { t } = useTranslation();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  const name: Column = {
    title: t('establishment.list.columnName'),
    key: 'name',
    render: (_, e) => (
      <Flex vertical gap={2}>
        <Flex gap={8} align="center" wrap>
          <Link to={`/establishments/${e.id}`} style={{ fontWeight: 500 }}>
            {e.name}
          </Link>
          {e.deletedAt && <Tag color="red">{t('common.deletedTag')}</Tag>}
        </Flex>
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
      return (
        <Tooltip title={t('establishment.list.workersTitle')}>
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>
            {e.workersTotal ?? '?'} / <span style={under18 > 0 ? { color: '#c2410c', fontWeight: 600 } : undefined}>{e.workersUnder18 ?? '?'}</span>
          </span>
        </Tooltip>
      );
    },
  };
  const actions: Column = {
    title: t('common.actions'),
    key: 'actions',
    width: 150,
    render: (_, e) => (
      <RecordActions
        deleted={Boolean(e.deletedAt)}
        name={e.name}
        onEdit={() => handlers.onEdit(e)}
        onDelete={() => handlers.onDelete(e)}
        onRestore={() => handlers.onRestore(e)}
      />
    ),
  };
  return { name, kind, taxCode, location, workers, actions };
}
