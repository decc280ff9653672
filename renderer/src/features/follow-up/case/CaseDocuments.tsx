import { FileWordOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { App, Button, Card, Col, Flex, Form, Radio, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../../shared/schemas/follow-up';
import type { ChildNameMode, DocumentRecord } from '../../../../../shared/schemas/document';
import { call } from '../../../api';
import { useCan, useCanExportChildDetails } from '../../../ui/session';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { DocumentTable } from '../../documents/DocumentTable';
import { ChildNamesField } from '../../inspections/documents/ChildNamesField';
import { DocxPreview } from '../../inspections/documents/DocxPreview';
import { DOCUMENTS } from '../../plans/queries';
import { formatDate } from '../../plans/dates';

/**
 * The case's papers: the follow-up record of the child («Phiếu theo dõi trẻ em») and a referral
 * letter («Phiếu chuyển gửi») for each referral; children by initials unless a leader chooses the
 * full name (asked first, logged by the service). Generated, listed and previewed as printed.
 */
export function CaseDocuments({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canGenerate = useCan('documents.generate');
  const mayName = useCanExportChildDetails();
  // A paper is "follow-up" (the case) or the id of a referral.
  const [chosen, setChosen] = useState<string>('follow-up');
  const [childNames, setChildNames] = useState<ChildNameMode>('initials');
  const [previewId, setPreviewId] = useState<string>();
  const sources = [detail.id, ...detail.referrals.map((r) => r.id)];
  const lists = useQueries({
    queries: sources.map((sourceId) => ({ queryKey: [...DOCUMENTS, { sourceId }], queryFn: () => call('documents.list', { sourceId }) })),
  });
  const documents = lists
    .flatMap((q) => q.data ?? [])
    .filter((d) => d.kind === 'case_referral' || d.kind === 'case_follow_up')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const preview: DocumentRecord | undefined = documents.find((d) => d.id === previewId) ?? documents[0];
  const generate = useCommandMutation('documents.generate', {
    invalidates: [DOCUMENTS],
    onSuccess: (made) => {
      void message.success(t('inspections.documents.generated', { name: made.fileName }));
      setPreviewId(made.documentId);
    },
  });
  const referral = detail.referrals.find((r) => r.id === chosen);

  return (
    <Card size="small" title={t('followUp.documents.title')}>
      <Row gutter={[16, 16]}>
        {canGenerate && (
          <Col xs={24} lg={10}>
            <Form layout="vertical" component="div">
              <Form.Item label={t('inspections.documents.kindLabel')}>
                <Radio.Group aria-label={t('inspections.documents.kindLabel')} value={referral ? chosen : 'follow-up'} onChange={(e) => setChosen(String(e.target.value))}>
                  <Flex vertical gap={6}>
                    <Radio value="follow-up">{t('followUp.documents.case_follow_up')}</Radio>
                    {detail.referrals.map((r) => (
                      <Radio key={r.id} value={r.id}>
                        {t('followUp.documents.referralOf', { agency: r.agencyName, date: formatDate(r.referredOn) })}
                      </Radio>
                    ))}
                  </Flex>
                </Radio.Group>
              </Form.Item>
              {mayName && (
                <ChildNamesField value={childNames} onChange={setChildNames} />
              )}
            </Form>
            <Button
              type="primary"
              icon={<FileWordOutlined aria-hidden />}
              loading={generate.isPending}
              onClick={() =>
                generate.mutate(referral ? { kind: 'case_referral', sourceId: referral.id, childNames } : { kind: 'case_follow_up', sourceId: detail.id, childNames })
              }
            >
              {t('inspections.documents.generate')}
            </Button>
          </Col>
        )}
        <Col xs={24} lg={canGenerate ? 14 : 24}>
          <DocumentTable
            documents={documents}
            loading={lists.some((q) => q.isFetching)}
            emptyText={t('inspections.documents.empty')}
            kindOf={(d) => ({ label: t(`followUp.documents.${d.kind === 'case_referral' ? 'case_referral' : 'case_follow_up'}`), color: d.kind === 'case_referral' ? 'blue' : 'magenta' })}
            previewId={preview?.id}
            onPreview={(d) => setPreviewId(d.id)}
          />
        </Col>
        {preview && (
          <Col span={24}>
            <DocxPreview key={preview.id} documentId={preview.id} fileName={preview.fileName} />
          </Col>
        )}
      </Row>
    </Card>
  );
}
