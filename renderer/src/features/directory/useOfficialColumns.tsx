import { Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Official } from '../../../../shared/schemas/directory';
import { RecordActions } from '../../ui/RecordActions';

interface OfficialRowHandlers {
  onEdit: (o: Official) => void;
  onDelete: (o: Official) => void;
  onRestore: (o: Official) => void;
}

export function useOfficialColumns(handlers: OfficialRowHandlers): ColumnsType<Official> {
  const { t } = useTranslation();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return [
    {
      title: t('directory.officialField.fullName'),
      key: 'fullName',
      width: 200,
      render: (_, o) => (
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong={!o.deletedAt}>{o.fullName}</Typography.Text>
          {o.deletedAt && <Tag color="red">{t('common.deletedTag')}</Tag>}
        </Flex>
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
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_, o) => (
        <RecordActions
          deleted={Boolean(o.deletedAt)}
          name={o.fullName}
          onEdit={() => handlers.onEdit(o)}
          onDelete={() => handlers.onDelete(o)}
          onRestore={() => handlers.onRestore(o)}
        />
      ),
    },
  ];
}
