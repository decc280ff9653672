import { Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/schemas/directory';
import { RecordActions } from '../../ui/RecordActions';

interface AgencyRowHandlers {
  onEdit: (a: Agency) => void;
  onDelete: (a: Agency) => void;
  onRestore: (a: Agency) => void;
}

export function useAgencyColumns(handlers: AgencyRowHandlers): ColumnsType<Agency> {
  const { t } = useTranslation();
  return [
    {
      title: t('directory.agencies.columnName'),
      key: 'name',
      render: (_, a) => (
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong={!a.deletedAt}>{a.name}</Typography.Text>
          {a.deletedAt && <Tag color="red">{t('common.deletedTag')}</Tag>}
        </Flex>
      ),
    },
    { title: t('directory.agencies.columnShortName'), dataIndex: 'shortName', width: 130 },
    { title: t('directory.agencies.columnKind'), key: 'kind', width: 210, render: (_, a) => t(`directory.agencyKind.${a.kind}`) },
    { title: t('directory.agencies.columnOfficials'), dataIndex: 'officialCount', width: 110, align: 'right' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, a) => (
        <RecordActions
          deleted={Boolean(a.deletedAt)}
          name={a.name}
          onEdit={() => handlers.onEdit(a)}
          onDelete={() => handlers.onDelete(a)}
          onRestore={() => handlers.onRestore(a)}
        />
      ),
    },
  ];
}
