import { Alert, Descriptions, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TABLE_LABELS } from '../../../../shared/labels/history';
import type { BackupSummary } from '../../../../shared/schemas/backup';
import { formatSize } from './paths';

/** The records a person recognises, in the order they work with them. */
const SHOWN_TABLES = ['establishments', 'plans', 'inspections', 'minors', 'violations', 'commitments', 'officials', 'documents', 'attachments'] as const;

export const formatDateTime = (iso: string) => dayjs(iso).format('DD/MM/YYYY HH:mm');

/** What a backup holds: when, where from, which version, how many records and files. */
export function BackupSummaryView({ summary, showSameKey = true }: { summary: BackupSummary; showSameKey?: boolean }) {
  const { t, i18n } = useTranslation();
  const count = (n: number | undefined) => (n ?? 0).toLocaleString(i18n.language === 'en' ? 'en' : 'vi-VN');
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'createdAt', label: t('backup.summary.createdAt'), children: formatDateTime(summary.createdAt) },
          { key: 'kind', label: t('backup.summary.kind'), children: t(`backup.kind.${summary.kind}`) },
          { key: 'device', label: t('backup.summary.device'), children: summary.device },
          ...(summary.unitName ? [{ key: 'unit', label: t('backup.summary.unit'), children: summary.unitName }] : []),
          { key: 'version', label: t('backup.summary.version'), children: t('backup.summary.versionValue', { app: summary.appVersion, schema: summary.schemaVersion }) },
          {
            key: 'records',
            label: t('backup.summary.records'),
            children: (
              <Typography.Text>
                {SHOWN_TABLES.map((table) => `${TABLE_LABELS[table]}: ${count(summary.counts[table])}`).join(' · ')}
                {` · ${t('backup.summary.users')}: ${count(summary.counts.users)}`}
              </Typography.Text>
            ),
          },
          { key: 'files', label: t('backup.summary.files'), children: t('backup.summary.filesValue', { count: summary.storedFiles, size: formatSize(summary.storedBytes) }) },
          {
            key: 'file',
            label: t('backup.summary.file'),
            children: (
              <Typography.Text copyable={{ text: summary.path }}>
                {summary.fileName} <Tag>{formatSize(summary.sizeBytes)}</Tag>
              </Typography.Text>
            ),
          },
        ]}
      />
      {summary.refusal && <Alert type="error" showIcon title={summary.refusal} style={{ marginTop: 12 }} />}
      {showSameKey && !summary.sameKey && !summary.refusal && <Alert type="info" showIcon title={t('backup.summary.otherData')} style={{ marginTop: 12 }} />}
    </>
  );
}
