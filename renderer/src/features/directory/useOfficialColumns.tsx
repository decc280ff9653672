import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Official } from '../../../../shared/schemas/directory';
import { RecordName } from '../../ui/RecordName';
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
      render: (_, o) => (
        <RecordName deleted={Boolean(o.deletedAt)}>
          <Typography.Text strong={!o.deletedAt}>{o.fullName}</Typography.Text>
        </RecordName>
      ),
    },
    { title: t('directory.officialField.position'), key: 'position', width: 170, render: (_, o) => o.position ?? dash },
    { title: t('directory.officialField.agencyId'), dataIndex: 'agencyName', key: 'agency' },
    { title: t('directory.officialField.phone'), key: 'phone', width: 125, render: (_, o) => o.phone ?? dash },
    {
      title: t('directory.officialField.email'),
      key: 'email',
      width: 190,
      render: (_, o) => (o.email ? <Typography.Text ellipsis={{ tooltip: o.email }}>{o.email}</Typography.Text> : dash),
    },
    actions,
  ];
}
