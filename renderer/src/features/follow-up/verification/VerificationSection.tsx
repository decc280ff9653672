import { CheckOutlined, PlusOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InspectionDetail } from '../../../../../shared/schemas/inspection';
import type { CommitmentCheck, VerificationItem } from '../../../../../shared/schemas/verification';
import { useCan } from '../../../ui/session';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useUndoMessage } from '../../../ui/useUndoMessage';
import { formatDate } from '../../plans/dates';
import { StatusTag } from '../../inspections/tags';
import { useVerification, VERIFICATION_WRITES } from '../queries';
import { CheckDialog } from './CheckDialog';
import { StartReinspectionDialog } from './StartReinspectionDialog';

function VerdictTag({ check }: { check?: CommitmentCheck }) {
  const { t } = useTranslation();
  if (!check) return <Tag>{t('followUp.verification.notChecked')}</Tag>;
  return <Tag color={check.kept ? 'success' : 'red'}>{check.kept ? t('followUp.verification.kept') : t('followUp.verification.breached')}</Tag>;
}

/**
 * The commitments tab's verification part. On a re-inspection: "Kiểm tra lại cam kết", each item
 * of the inspection(s) it follows, kept or breached with the evidence and the proposed next step,
 * «Bắt đầu cuộc kiểm tra mới» for a breach. On a finalised inspection with commitments: its
 * re-inspections and «Kiểm tra lại cam kết», which starts one.
 */
export function VerificationSection({ detail }: { detail: InspectionDetail }) {
  const { inspection } = detail;
  const verification = useVerification(inspection.id);
  const data = verification.data;
  if (!data) return null;
  if (data.followsInspectionId) return <ReinspectionChecks detail={detail} />;
  const finalised = inspection.status !== 'draft';
  if (!finalised || detail.commitments.length === 0) return null;
  return <ReinspectionsCard detail={detail} />;
}

/** The card «Kiểm tra lại cam kết» of either kind of inspection, with its button at the top right. */
function VerificationCard({ extra, children }: { extra: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('followUp.verification.title')} style={{ marginBottom: 16 }} extra={extra}>
      {children}
    </Card>
  );
}

/** A finalised inspection: its re-inspections, and starting one. */
function ReinspectionsCard({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  const { inspection } = detail;
  const verification = useVerification(inspection.id);
  const canStart = useCan('inspections.startReinspection');
  const [starting, setStarting] = useState(false);
  const reinspections = verification.data?.reinspections ?? [];
  return (
    <VerificationCard
      extra={
        canStart && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setStarting(true)}>
            {t('followUp.verification.start')}
          </Button>
        )
      }
    >
      <Flex vertical gap={6}>
        <Typography.Text type="secondary">{t('followUp.verification.verifyHint')}</Typography.Text>
        {reinspections.length > 0 && (
          <Flex gap={12} wrap align="center">
            <Typography.Text>{t('followUp.verification.reinspections')}:</Typography.Text>
            {reinspections.map((r) => (
              <Link key={r.id} to={`/inspections/${r.id}?tab=commitments`}>
                {formatDate(r.inspectionDate)} <StatusTag status={r.status as InspectionDetail['inspection']['status']} />
              </Link>
            ))}
          </Flex>
        )}
      </Flex>
      {starting && (
        <StartReinspectionDialog
          followsInspectionId={inspection.id}
          establishmentName={inspection.establishmentName}
          inspectionDate={inspection.inspectionDate}
          onClose={() => setStarting(false)}
        />
      )}
    </VerificationCard>
  );
}

/** A re-inspection: the verdict on each commitment item it verifies. */
function ReinspectionChecks({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showUndo = useUndoMessage();
  const { inspection } = detail;
  const verification = useVerification(inspection.id);
  const canRecord = useCan('verification.record');
  const canStart = useCan('inspections.startReinspection');
  const [asking, setAsking] = useState<{ row: VerificationItem; kept: boolean; label: string }>();
  const [starting, setStarting] = useState(false);
  const undo = useCommandMutation('verification.remove', { invalidates: VERIFICATION_WRITES, onSuccess: () => void message.success(t('followUp.verification.undone')) });
  const data = verification.data!;
  const editable = data.editable && canRecord;
  const label = (row: VerificationItem, i: number) => `${i + 1}. ${row.item.content}`;
  const counts = {
    kept: data.items.filter((r) => r.check?.kept === true).length,
    breached: data.items.filter((r) => r.check?.kept === false).length,
  };

  const saved = (row: VerificationItem) => {
    setAsking(undefined);
    showUndo(`check-${row.item.id}`, t('followUp.verification.saved'), () => undo.mutate({ reinspectionId: inspection.id, commitmentItemId: row.item.id }));
  };

  const columns: ColumnsType<VerificationItem> = [
    { title: '#', key: 'n', width: 40, render: (_, __, i) => i + 1 },
    {
      title: t('inspections.commitment.content'),
      key: 'content',
      render: (_, row) => (
        <Flex vertical gap={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{row.item.content}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
            {[t('followUp.verification.deadline', { date: formatDate(row.item.deadline) }), t('followUp.verification.signedBy', { name: row.signerName })].join(' · ')}
          </Typography.Text>
          {row.earlier.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
              {row.earlier.map((c) => `${formatDate(c.checkedOn)}: ${c.kept ? t('followUp.verification.kept') : t('followUp.verification.breached')}`).join(' · ')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('followUp.verification.evidence'),
      key: 'verdict',
      width: '34%',
      render: (_, row) => (
        <Flex vertical gap={4} align="flex-start">
          <VerdictTag check={row.check} />
          {row.check?.evidence && <span style={{ whiteSpace: 'pre-wrap' }}>{row.check.evidence}</span>}
          {row.check && !row.check.kept && row.check.nextStep && (
            <Typography.Text strong type="danger">
              {t('followUp.verification.nextStep')}: {t(`followUp.escalation.${row.check.nextStep}`)}
            </Typography.Text>
          )}
          {!row.check && row.breachesBefore > 0 && (
            <Typography.Text type="warning" style={{ fontSize: 12.5 }}>
              {t('followUp.verification.breachesBefore', { count: row.breachesBefore })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    ...(editable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 210,
            render: (_: unknown, row: VerificationItem, i: number) =>
              row.check ? (
                <Button size="small" type="text" icon={<UndoOutlined aria-hidden />} loading={undo.isPending} onClick={() => undo.mutate({ reinspectionId: inspection.id, commitmentItemId: row.item.id })}>
                  {t('followUp.verification.undo')}
                </Button>
              ) : (
                <Flex gap={4} wrap>
                  <Button size="small" icon={<CheckOutlined aria-hidden />} aria-label={t('followUp.verification.markKeptOf', { label: label(row, i) })} onClick={() => setAsking({ row, kept: true, label: label(row, i) })}>
                    {t('followUp.verification.markKept')}
                  </Button>
                  <Button size="small" danger icon={<StopOutlined aria-hidden />} aria-label={t('followUp.verification.markBreachedOf', { label: label(row, i) })} onClick={() => setAsking({ row, kept: false, label: label(row, i) })}>
                    {t('followUp.verification.markBreached')}
                  </Button>
                </Flex>
              ),
          },
        ]
      : []),
  ];
  const breachedForInspection = data.items.some((r) => r.check && !r.check.kept && r.check.nextStep !== 'reminder');

  return (
    <VerificationCard
      extra={
        canStart &&
        breachedForInspection &&
        inspection.status !== 'draft' && (
          <Button danger icon={<PlusOutlined aria-hidden />} onClick={() => setStarting(true)}>
            {t('followUp.verification.newInspection')}
          </Button>
        )
      }
    >
      <Flex vertical gap={4} style={{ marginBottom: 12 }}>
        {data.followed && (
          <Typography.Text>
            {t('followUp.verification.followed', { date: formatDate(data.followed.inspectionDate) })} ·{' '}
            <Link to={`/inspections/${data.followed.id}?tab=commitments`}>{t('followUp.verification.openFollowed')}</Link>
          </Typography.Text>
        )}
        <Typography.Text type="secondary" data-testid="verification-summary">
          {t('followUp.verification.summary', { ...counts, pending: data.items.length - counts.kept - counts.breached })}
        </Typography.Text>
        {!data.editable && <Typography.Text type="secondary">{t('followUp.verification.readOnly')}</Typography.Text>}
      </Flex>
      {data.items.length === 0 ? (
        <Empty description={t('followUp.verification.empty')} />
      ) : (
        <Table<VerificationItem> rowKey={(row) => row.item.id} size="small" pagination={false} dataSource={data.items} columns={columns} scroll={{ x: 720 }} />
      )}
      {asking && <CheckDialog reinspectionId={inspection.id} row={asking.row} kept={asking.kept} label={asking.label} onSaved={saved} onClose={() => setAsking(undefined)} />}
      {starting && (
        <StartReinspectionDialog
          followsInspectionId={inspection.id}
          establishmentName={inspection.establishmentName}
          inspectionDate={inspection.inspectionDate}
          title={t('followUp.verification.newInspection')}
          onClose={() => setStarting(false)}
        />
      )}
    </VerificationCard>
  );
}
