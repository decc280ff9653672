import { WarningOutlined } from '@ant-design/icons';
import { Flex, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Minor } from '../../../../../shared/schemas/inspection';
import { RecordActions } from '../../../ui/RecordActions';
import { AttachmentsButton } from '../../attachments/AttachmentsButton';
import { AgeTags } from './AgeTags';

const dash = <Typography.Text type="secondary">—</Typography.Text>;

interface MinorHandlers {
  onEdit: (minor: Minor) => void;
  onDelete: (minor: Minor) => void;
  locked: boolean;
}

export function useMinorColumns({ onEdit, onDelete, locked }: MinorHandlers): ColumnsType<Minor> {
  const { t } = useTranslation();
  return [
    { title: '#', key: 'n', width: 48, render: (_, __, index) => index + 1 },
    {
      title: t('inspections.minor.fullName'),
      key: 'name',
      minWidth: 160,
      render: (_, m) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{m.fullName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
            {[t(`inspections.sex.${m.sex}`), m.ethnicity && t('inspections.minor.ethnicityOf', { name: m.ethnicity })].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('inspections.minor.columnAge'),
      key: 'age',
      width: 200,
      render: (_, m) => <AgeTags age={m.ageAtInspection} estimated={m.ageEstimated} band={m.ageBand} child={m.isChild} />,
    },
    {
      title: t('inspections.minor.job'),
      key: 'job',
      minWidth: 140,
      render: (_, m) => {
        const hours = [
          m.hoursPerDay !== undefined && t('inspections.minor.perDay', { hours: m.hoursPerDay }),
          m.hoursPerWeek !== undefined && t('inspections.minor.perWeek', { hours: m.hoursPerWeek }),
        ].filter(Boolean);
        return (
          <Flex vertical gap={2}>
            {m.job ?? dash}
            {hours.length > 0 && <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>{hours.join(' · ')}</Typography.Text>}
          </Flex>
        );
      },
    },
    {
      title: t('inspections.minor.columnWarnings'),
      key: 'warnings',
      minWidth: 240,
      // The facts that trigger a suggested violation, one line each (the age itself is warned above the table).
      render: (_, m) =>
        m.alerts.length ? (
          <Flex vertical gap={4}>
            {m.alerts.map((a) => (
              <Typography.Text key={`${a.typeCode}:${a.text}`} type="warning" style={{ fontSize: 12.5, lineHeight: 1.4 }}>
                <WarningOutlined aria-hidden /> {a.text}
              </Typography.Text>
            ))}
          </Flex>
        ) : m.warnings.length ? (
          <Tooltip title={m.warnings.join('\n')}>
            <Typography.Text type="warning">
              <WarningOutlined aria-hidden /> {t('inspections.minor.checkAgain')}
            </Typography.Text>
          </Tooltip>
        ) : (
          dash
        ),
    },
    {
      title: t('attachments.button'),
      key: 'attachments',
      width: 120,
      render: (_, m) => <AttachmentsButton ownerTable="minors" ownerId={m.id} inspectionId={m.inspectionId} name={m.fullName} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, m) => (locked ? null : <RecordActions deleted={false} name={m.fullName} onEdit={() => onEdit(m)} onDelete={() => onDelete(m)} onRestore={() => undefined} />),
    },
  ];
}
