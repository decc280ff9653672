import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentCaveats } from '../../../../../shared/documents/caveats';
import type { ChildNameMode } from '../../../../../shared/schemas/document';
import type { InspectionDetail } from '../../../../../shared/schemas/inspection';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { CaveatTag } from '../../documents/DocumentTable';
import { ChildNamesField } from './ChildNamesField';
import { DOCUMENTS } from '../../plans/queries';
import { useVerification } from '../../follow-up/queries';

export const INSPECTION_DOCUMENTS = ['inspection_minutes', 'commitment', 'violation_record', 'reinspection_minutes'] as const;
export type InspectionDocumentKind = (typeof INSPECTION_DOCUMENTS)[number];

interface GenerateCardProps {
  detail: InspectionDetail;
  onGenerated: (documentId: string) => void;
}

/** Makes the minutes, the commitment or the MBB01 record as a Word file, naming children by initials unless told otherwise. */
export function GenerateCard({ detail, onGenerated }: GenerateCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [kind, setKind] = useState<InspectionDocumentKind>('inspection_minutes');
  const [childNames, setChildNames] = useState<ChildNameMode>('initials');
  const generate = useCommandMutation('documents.generate', {
    invalidates: [DOCUMENTS],
    onSuccess: (made) => {
      void message.success(t('inspections.documents.generated', { name: made.fileName }));
      onGenerated(made.documentId);
    },
  });
  const unavailable: Record<InspectionDocumentKind, string | undefined> = {
    inspection_minutes: undefined,
    commitment: detail.commitments.length === 0 ? t('inspections.documents.needsCommitment') : undefined,
    violation_record: detail.violations.some((v) => v.recordMade) ? undefined : t('inspections.documents.needsRecord'),
    reinspection_minutes: undefined,
  };
  // "Biên bản kiểm tra lại" is the paper of a re-inspection only.
  const reinspection = Boolean(useVerification(detail.inspection.id).data?.followsInspectionId);
  const kinds = INSPECTION_DOCUMENTS.filter((k) => k !== 'reinspection_minutes' || reinspection);

  return (
    <Card size="small" title={t('inspections.documents.makeTitle')}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('inspections.documents.kindLabel')}>
          <Radio.Group aria-label={t('inspections.documents.kindLabel')} value={kind} onChange={(e) => setKind(e.target.value as InspectionDocumentKind)}>
            <Flex vertical gap={6}>
              {kinds.map((k) => (
                <Radio key={k} value={k} disabled={Boolean(unavailable[k])}>
                  {t(`inspections.documents.kind.${k}`)} <CaveatTag caveats={documentCaveats(k)} />
                  {unavailable[k] && <Typography.Text type="secondary" style={{ fontSize: 12.5 }}> — {unavailable[k]}</Typography.Text>}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        <ChildNamesField value={childNames} onChange={setChildNames} />
      </Form>
      <Button
        type="primary"
        icon={<FileWordOutlined aria-hidden />}
        loading={generate.isPending}
        disabled={Boolean(unavailable[kind])}
        onClick={() => generate.mutate({ kind, sourceId: detail.inspection.id, childNames })}
      >
        {t('inspections.documents.generate')}
      </Button>
      {detail.inspection.status !== 'finalised' && (
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12.5 }}>
          {t('inspections.documents.draftHint')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
