import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../../../../shared/schemas/document';
import type { Plan } from '../../../../../shared/schemas/plan';
import { formatDateTime } from '../../../i18n/locale';
import { QueryError } from '../../../ui/QueryError';
import { useCan } from '../../../ui/session';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { OpenDocumentButton } from '../OpenDocumentButton';
import { DOCUMENTS, usePlanDocuments } from '../queries';

const PLAN_DOCUMENTS = ['plan', 'team_decision'] as const;
type PlanDocumentKind = (typeof PLAN_DOCUMENTS)[number];

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;

/** Word files made from the plan: generate the plan and the team decision, then open or download them. */
export function DocumentsTab({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const documents = usePlanDocuments(plan.id);
  const generate = useCommandMutation('documents.generate', {
    invalidates: [DOCUMENTS],
    onSuccess: (made) => void message.success(t('plans.documents.generated', { name: made.fileName })),
  });
  const canGenerate = useCan('documents.generate');
  const generating = (kind: PlanDocumentKind) => generate.isPending && generate.variables?.kind === kind;

  return (
    <Flex vertical gap={16}>
      {canGenerate && (
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
      )}
      <Card size="small" title={t('plans.documents.listTitle')}>
        {documents.isError ? (
          <QueryError error={documents.error} onRetry={() => void documents.refetch()} />
        ) : (
          <Table<DocumentRecord>
            rowKey="id"
            size="middle"
            loading={documents.isFetching}
            dataSource={documents.data}
            pagination={false}
            locale={{ emptyText: documents.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.documents.empty')} /> }}
            columns={[
              { title: t('plans.documents.columnDate'), key: 'date', width: 150, render: (_, d) => formatDateTime(d.createdAt) },
              {
                title: t('plans.documents.columnKind'),
                key: 'kind',
                width: 220,
                render: (_, d) => <Tag color={d.kind === 'plan' ? 'blue' : 'purple'}>{t(`plans.documents.kind.${d.kind === 'plan' ? 'plan' : 'team_decision'}`)}</Tag>,
              },
              {
                title: t('plans.documents.columnFile'),
                key: 'file',
                render: (_, d) => (
                  <Flex vertical>
                    <Typography.Text>{d.fileName}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
                      {kilobytes(d.sizeBytes)} · {d.createdBy}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('plans.documents.columnHash'),
                key: 'sha',
                width: 170,
                render: (_, d) => (
                  <Tooltip title={d.sha256}>
                    <Typography.Text code copyable={{ text: d.sha256, tooltips: [t('plans.documents.copyHash'), t('plans.documents.copied')] }}>
                      {d.sha256.slice(0, 12)}
                    </Typography.Text>
                  </Tooltip>
                ),
              },
              {
                title: '',
                key: 'open',
                width: 120,
                render: (_, d) => (
                  <OpenDocumentButton documentId={d.id} fileName={d.fileName} />
                ),
              },
            ]}
          />
        )}
      </Card>
    </Flex>
  );
}
