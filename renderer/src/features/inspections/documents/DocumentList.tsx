import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../../../../shared/schemas/document';
import { QueryError } from '../../../ui/QueryError';
import { DocumentTable } from '../../documents/DocumentTable';
import { usePlanDocuments } from '../../plans/queries';
import { INSPECTION_DOCUMENTS, type InspectionDocumentKind } from './GenerateCard';

const KIND_COLORS: Record<InspectionDocumentKind, string> = { inspection_minutes: 'blue', commitment: 'green', violation_record: 'purple', reinspection_minutes: 'cyan' };
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
        <DocumentTable
          documents={documents.data}
          loading={documents.isFetching}
          emptyText={t('inspections.documents.empty')}
          kindOf={(d) => (isInspectionKind(d.kind) ? { label: t(`inspections.documents.kind.${d.kind}`), color: KIND_COLORS[d.kind] } : undefined)}
          previewId={previewId}
          onPreview={onPreview}
        />
      )}
    </Card>
  );
}
