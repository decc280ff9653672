import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../../shared/schemas/plan';
import { QueryError } from '../../../ui/QueryError';
import { useCan } from '../../../ui/session';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { DocumentTable } from '../../documents/DocumentTable';
import { DocxPreview } from '../../inspections/documents/DocxPreview';
import { DOCUMENTS, usePlanDocuments } from '../queries';

const PLAN_DOCUMENTS = ['plan', 'team_decision'] as const;
type PlanDocumentKind = (typeof PLAN_DOCUMENTS)[number];
const isPlanKind = (kind: string): kind is PlanDocumentKind => (PLAN_DOCUMENTS as readonly string[]).includes(kind);

/**
 * Word files made from the plan: generate the plan and the team decision, preview them as they
 * print, print, open or download — as for an inspection's documents.
 */
export function DocumentsTab({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const documents = usePlanDocuments(plan.id);
  const [chosen, setChosen] = useState<string>();
  const generate = useCommandMutation('documents.generate', {
    invalidates: [DOCUMENTS],
    onSuccess: (made) => {
      setChosen(made.documentId);
      void message.success(t('plans.documents.generated', { name: made.fileName }));
    },
  });
  const canGenerate = useCan('documents.generate');
  const generating = (kind: PlanDocumentKind) => generate.isPending && generate.variables?.kind === kind;
  // Until one is chosen, the newest document is shown.
  const preview = documents.data?.find((d) => d.id === chosen) ?? documents.data?.[0];

  return (
    <Row gutter={[16, 16]}>
      {canGenerate && (
        <Col xs={24} lg={10}>
          <Card size="small" title={t('plans.documents.makeTitle')}>
            <Typography.Paragraph type="secondary">{t('plans.documents.makeHint')}</Typography.Paragraph>
            <Flex gap={8} wrap>
              {PLAN_DOCUMENTS.map((kind) => (
                <Button
                  key={kind}
                  type={kind === 'plan' ? 'primary' : 'default'}
                  icon={<FileWordOutlined aria-hidden />}
                  loading={generating(kind)}
                  disabled={generate.isPending && !generating(kind)}
                  onClick={() => generate.mutate({ kind, sourceId: plan.id })}
                >
                  {t(`plans.documents.generate.${kind}`)}
                </Button>
              ))}
            </Flex>
          </Card>
        </Col>
      )}
      <Col xs={24} lg={canGenerate ? 14 : 24}>
        <Card size="small" title={t('plans.documents.listTitle')}>
          {documents.isError ? (
            <QueryError error={documents.error} onRetry={() => void documents.refetch()} />
          ) : (
            <DocumentTable
              documents={documents.data}
              loading={documents.isFetching}
              emptyText={t('plans.documents.empty')}
              kindOf={(d) => (isPlanKind(d.kind) ? { label: t(`plans.documents.kind.${d.kind}`), color: d.kind === 'plan' ? 'blue' : 'purple' } : undefined)}
              previewId={preview?.id}
              onPreview={(d) => setChosen(d.id)}
            />
          )}
        </Card>
      </Col>
      {/* An A4 page is about 800 px wide: the preview gets the full width of the plan. */}
      <Col span={24}>
        {preview ? (
          <DocxPreview key={preview.id} documentId={preview.id} fileName={preview.fileName} />
        ) : (
          <Empty description={t('plans.documents.noPreview')} style={{ padding: '48px 0' }} />
        )}
      </Col>
    </Row>
  );
}
