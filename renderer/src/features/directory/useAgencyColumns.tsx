import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/schemas/directory';
import type { ExportColumn } from '../../ui/listExport';
import { RecordName } from '../../ui/RecordName';
import { byNumber, byText } from '../../ui/sorters';
import { useActionsColumn, type RowHandlers } from '../../ui/useActionsColumn';

export function useAgencyColumns(handlers: RowHandlers<Agency>): ColumnsType<Agency> {
  const { t } = useTranslation();
  const actions = useActionsColumn<Agency>((a) => a.name, handlers, 'agencies.update');
  return [
    {
      title: t('directory.agencies.columnName'),
      key: 'name',
      minWidth: 220,
      sorter: byText((a: Agency) => a.name),
      render: (_, a) => (
        <RecordName deleted={Boolean(a.deletedAt)}>
          <Typography.Text strong={!a.deletedAt}>{a.name}</Typography.Text>
        </RecordName>
      ),
    },
    { title: t('directory.agencies.columnShortName'), dataIndex: 'shortName', width: 130, sorter: byText((a: Agency) => a.shortName) },
    { title: t('directory.agencies.columnKind'), key: 'kind', width: 210, sorter: byText((a: Agency) => t(`directory.agencyKind.${a.kind}`)), render: (_, a) => t(`directory.agencyKind.${a.kind}`) },
    { title: t('directory.agencies.columnOfficials'), dataIndex: 'officialCount', width: 110, align: 'right', sorter: byNumber((a: Agency) => a.officialCount) },
    actions,
  ];
}

/** The agencies list in an Excel file. */
export function useAgencyExportColumns(): ExportColumn<Agency>[] {
  const { t } = useTranslation();
  return [
    { title: t('directory.agencies.columnName'), value: (a) => a.name },
    { title: t('directory.agencies.columnShortName'), value: (a) => a.shortName, width: 14 },
    { title: t('directory.agencies.columnKind'), value: (a) => t(`directory.agencyKind.${a.kind}`) },
    { title: t('directory.agencies.columnOfficials'), value: (a) => a.officialCount, width: 12 },
  ];
}
