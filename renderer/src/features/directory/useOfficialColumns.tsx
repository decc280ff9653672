import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Official } from '../../../../shared/schemas/directory';
import type { ExportColumn } from '../../ui/listExport';
import { RecordName } from '../../ui/RecordName';
import { byText } from '../../ui/sorters';
import { useActionsColumn, type RowHandlers } from '../../ui/useActionsColumn';

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export function useOfficialColumns(handlers: RowHandlers<Official>): ColumnsType<Official> {
  const { t } = useTranslation();
  const actions = useActionsColumn<Official>((o) => o.fullName, handlers, 'officials.update');
  return [
    {
      title: t('directory.officialField.fullName'),
      key: 'fullName',
      width: 200,
      sorter: byText((o: Official) => o.fullName.split(' ').pop() + ' ' + o.fullName),
      render: (_, o) => (
        <RecordName deleted={Boolean(o.deletedAt)}>
          <Typography.Text strong={!o.deletedAt}>{o.fullName}</Typography.Text>
        </RecordName>
      ),
    },
    { title: t('directory.officialField.position'), key: 'position', width: 170, sorter: byText((o: Official) => o.position), render: (_, o) => o.position ?? dash },
    { title: t('directory.officialField.agencyId'), dataIndex: 'agencyName', key: 'agency', minWidth: 180, sorter: byText((o: Official) => o.agencyName) },
    { title: t('directory.officialField.phone'), key: 'phone', width: 125, render: (_, o) => o.phone ?? dash },
    {
      title: t('directory.officialField.email'),
      key: 'email',
      width: 190,
      responsive: ['xl'],
      render: (_, o) => (o.email ? <Typography.Text ellipsis={{ tooltip: o.email }}>{o.email}</Typography.Text> : dash),
    },
    actions,
  ];
}

/** The officials list in an Excel file. */
export function useOfficialExportColumns(): ExportColumn<Official>[] {
  const { t } = useTranslation();
  return [
    { title: t('directory.officialField.fullName'), value: (o) => o.fullName },
    { title: t('directory.officialField.position'), value: (o) => o.position },
    { title: t('directory.officialField.agencyId'), value: (o) => o.agencyName },
    { title: t('directory.officialField.phone'), value: (o) => o.phone, width: 14 },
    { title: t('directory.officialField.email'), value: (o) => o.email },
  ];
}
