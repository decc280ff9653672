import { Col, Empty, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanDocuments } from '../../plans/queries';
import { useCan } from '../../../ui/session';
import type { SectionProps } from '../record/sectionProps';
import { DocumentList } from './DocumentList';
import { DocxPreview } from './DocxPreview';
import { GenerateCard } from './GenerateCard';

/** "Biên bản & in": make the Word documents of the record, preview them as printed, print or download. */
export function DocumentsSection({ detail }: SectionProps) {
  const { t } = useTranslation();
  const documents = usePlanDocuments(detail.inspection.id);
  const [chosen, setChosen] = useState<string>();
  const canGenerate = useCan('documents.generate');
  // Until one is chosen, the newest document is shown.
  const preview = documents.data?.find((d) => d.id === chosen) ?? documents.data?.[0];

  return (
    <Row gutter={[16, 16]}>
      {canGenerate && (
        <Col xs={24} lg={10}>
          <GenerateCard detail={detail} onGenerated={setChosen} />
        </Col>
      )}
      <Col xs={24} lg={canGenerate ? 14 : 24}>
        <DocumentList inspectionId={detail.inspection.id} previewId={preview?.id} onPreview={(d) => setChosen(d.id)} />
      </Col>
      {/* An A4 page is about 800 px wide: the preview gets the full width of the record. */}
      <Col span={24}>
        {preview ? (
          <DocxPreview key={preview.id} documentId={preview.id} fileName={preview.fileName} />
        ) : (
          <Empty description={t('inspections.documents.noPreview')} style={{ padding: '48px 0' }} />
        )}
      </Col>
    </Row>
  );
}
