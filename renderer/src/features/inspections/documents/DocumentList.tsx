import { EyeOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../../../../shared/schemas/document';
import { formatDateTime } from '../../../i18n/locale';
import { QueryError } from '../../../ui/QueryError';
import { OpenDocumentButton } from '../../plans/OpenDocumentButton';
import { usePlanDocuments } from '../../plans/queries';
import './documents.css';
import { INSPECTION_DOCUMENTS, type InspectionDocumentKind } from './GenerateCard';

const KIND_COLORS: Record<InspectionDocumentKind, string> = { inspection_minutes: 'blue', commitment: 'green', violation_record: 'purple' };
const isInspectionKind = (kind: string): kind is InspectionDocumentKind => (INSPECTION_DOCUMENTS as readonly string[]).includes(kind);

interface DocumentListProps {
  inspectionId: string;
  previewId: string | undefined;
  onPreview: (document: DocumentRecord) => void;
}

/** Every Word file made from this record, newest first: preview, open or download. */
export function DocumentList({ inspectionId, previewId, onPreview }: DocumentListProps) {
  const { t } = useTranslation();
  // documents.list by source: the plans' hook serves any source record.
  const documents = usePlanDocuments(inspectionId);

  return (
    <Card size="small" title={t('inspections.documents.listTitle')}>
      {documents.isError ? (
        <QueryError error={documents.error} onRetry={() => void documents.refetch()} />
      ) : (
        <Table<DocumentRecord>
          rowKey="id"
          size="small"
          loading={documents.isFetching}
          dataSource={documents.data}
          pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
          rowClassName={(d) => (d.id === previewId ? 'document-previewed' : '')}
          locale={{ emptyText: documents.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspections.documents.empty')} /> }}
          columns={[
            {
              title: t('inspections.documents.columnDocument'),
              key: 'doc',
              render: (_, d) => (
                <Flex vertical gap={2}>
                  {isInspectionKind(d.kind) && <Tag color={KIND_COLORS[d.kind]} style={{ alignSelf: 'flex-start' }}>{t(`inspections.documents.kind.${d.kind}`)}</Tag>}
                  <Typography.Text style={{ fontSize: 12.5, wordBreak: 'break-all' }}>{d.fileName}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(d.createdAt)} · {d.createdBy}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 128,
              render: (_, d) => (
                <Flex vertical gap={4}>
                  <Button size="small" icon={<EyeOutlined aria-hidden />} onClick={() => onPreview(d)} aria-label={`${t('inspections.documents.show')} ${d.fileName}`}>
                    {t('inspections.documents.show')}
                  </Button>
                  <OpenDocumentButton documentId={d.id} fileName={d.fileName} />
                </Flex>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
