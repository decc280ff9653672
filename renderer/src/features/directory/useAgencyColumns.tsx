import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/schemas/directory';
import { RecordName } from '../../ui/RecordName';
import { useActionsColumn, type RowHandlers } from '../../ui/useActionsColumn';

export function useAgencyColumns(handlers: RowHandlers<Agency>): ColumnsType<Agency> {
  const { t } = useTranslation();
  const actions = useActionsColumn<Agency>((a) => a.name, handlers, 'agencies.update');
  return [
    {
      title: t('directory.agencies.columnName'),
      key: 'name',
      render: (_, a) => (
        <RecordName deleted={Boolean(a.deletedAt)}>
          <Typography.Text strong={!a.deletedAt}>{a.name}</Typography.Text>
        </RecordName>
      ),
    },
    { title: t('directory.agencies.columnShortName'), dataIndex: 'shortName', width: 130 },
    { title: t('directory.agencies.columnKind'), key: 'kind', width: 210, render: (_, a) => t(`directory.agencyKind.${a.kind}`) },
    { title: t('directory.agencies.columnOfficials'), dataIndex: 'officialCount', width: 110, align: 'right' },
    actions,
  ];
}
