import { ExclamationCircleOutlined, EyeOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Button, Descriptions, Empty, Flex, Popover, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { documentCaveats } from '../../../../shared/documents/caveats';
import type { DocumentRecord } from '../../../../shared/schemas/document';
import { formatDateTime } from '../../i18n/locale';
import { OpenDocumentButton } from '../plans/OpenDocumentButton';
import '../inspections/documents/documents.css';

/** What could not be checked against the legal source (MBB01): said next to the document, never printed on it. */
export function CaveatTag({ caveats }: { caveats: readonly string[] }) {
  const { t } = useTranslation();
  if (caveats.length === 0) return null;
  return (
    <Tooltip
      title={
        <ul style={{ margin: 0, paddingInlineStart: 16 }}>
          {caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      }
    >
      <Tag color="warning" icon={<ExclamationCircleOutlined aria-hidden />} tabIndex={0} aria-label={`${t('documents.caveat')}: ${caveats.join(' ')}`} style={{ marginInlineEnd: 0 }}>
        {t('documents.caveat')}
      </Tag>
    </Tooltip>
  );
}

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;

/** What a clerk does not need in the list but may be asked for: size, who made it, the SHA-256 fingerprint. */
function DocumentDetails({ document: d }: { document: DocumentRecord }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ maxWidth: 420 }}
      items={[
        { key: 'file', label: t('documents.details.file'), children: <span style={{ wordBreak: 'break-all' }}>{d.fileName}</span> },
        { key: 'made', label: t('documents.details.made'), children: `${formatDateTime(d.createdAt)} · ${d.createdBy}` },
        { key: 'size', label: t('documents.details.size'), children: kilobytes(d.sizeBytes) },
        ...documentCaveats(d.kind).map((c, i) => ({ key: `caveat-${i}`, label: t('documents.caveat'), children: c })),
        {
          key: 'sha',
          label: t('documents.details.sha256'),
          children: (
            <Typography.Text code copyable={{ text: d.sha256, tooltips: [t('documents.details.copy'), t('documents.details.copied')] }} style={{ wordBreak: 'break-all', fontSize: 12 }}>
              {d.sha256}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}

interface DocumentTableProps {
  documents: DocumentRecord[] | undefined;
  loading: boolean;
  emptyText: string;
  /** The kind's label and tag colour. */
  kindOf: (document: DocumentRecord) => { label: string; color: string } | undefined;
  previewId?: string;
  onPreview: (document: DocumentRecord) => void;
}

/**
 * The Word files made from a record, newest first, named as a clerk names them: preview in the
 * app, open or download; size and SHA-256 under «Chi tiết»; what could not be checked against
 * the legal form (MBB01) beside the kind.
 */
export function DocumentTable({ documents, loading, emptyText, kindOf, previewId, onPreview }: DocumentTableProps) {
  const { t } = useTranslation();
  return (
    <Table<DocumentRecord>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={documents}
      pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
      rowClassName={(d) => (d.id === previewId ? 'document-previewed' : '')}
      locale={{ emptyText: loading ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      columns={[
        {
          title: t('documents.column.document'),
          key: 'doc',
          render: (_, d) => {
            const kind = kindOf(d);
            return (
              <Flex vertical gap={2}>
                {kind && (
                  <Flex gap={4} wrap>
                    <Tag color={kind.color} style={{ marginInlineEnd: 0 }}>
                      {kind.label}
                    </Tag>
                    <CaveatTag caveats={documentCaveats(d.kind)} />
                  </Flex>
                )}
                <Typography.Text style={{ fontSize: 13 }}>{d.fileName}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(d.createdAt)} · {d.createdBy}
                </Typography.Text>
              </Flex>
            );
          },
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 132,
          render: (_, d) => (
            <Flex vertical gap={4} align="flex-start">
              <Button size="small" icon={<EyeOutlined aria-hidden />} onClick={() => onPreview(d)} aria-label={`${t('documents.show')} ${d.fileName}`}>
                {t('documents.show')}
              </Button>
              <OpenDocumentButton documentId={d.id} fileName={d.fileName} />
              <Popover title={t('documents.details.title')} content={<DocumentDetails document={d} />} trigger="click" placement="left">
                <Button size="small" type="text" icon={<InfoCircleOutlined aria-hidden />} aria-label={`${t('documents.details.title')} ${d.fileName}`}>
                  {t('documents.details.title')}
                </Button>
              </Popover>
            </Flex>
          ),
        },
      ]}
    />
  );
}
