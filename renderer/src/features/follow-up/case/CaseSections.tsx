import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Referral, Support, Visit } from '../../../../../shared/schemas/follow-up';
import { useDrawerState } from '../../../ui/useDrawerState';
import { AttachmentsButton } from '../../attachments/AttachmentsButton';
import { formatDate } from '../../plans/dates';
import { useRowRemove } from '../useRowRemove';
import { ReferralDrawer } from './ReferralDrawer';
import { SupportDrawer } from './SupportDrawer';
import { VisitDrawer } from './VisitDrawer';

interface SectionProps {
  detail: CaseDetail;
  /** The user may record on this case (a recorder, and the case is open). */
  canWrite: boolean;
}

function RowActions({ name, onEdit, onRemove }: { name: string; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex gap={2}>
      <Button size="small" type="text" icon={<EditOutlined aria-hidden />} aria-label={`${t('common.edit')} ${name}`} title={t('common.edit')} onClick={onEdit} />
      <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('common.delete')} ${name}`} title={t('common.delete')} onClick={onRemove} />
    </Flex>
  );
}

const secondary = (text: string | undefined) =>
  text ? (
    <Typography.Text type="secondary" style={{ fontSize: 12.5, whiteSpace: 'pre-wrap' }}>
      {text}
    </Typography.Text>
  ) : null;

/** Referrals: to the commune People's Committee first, then the services; each with its outcome. */
export function ReferralsCard({ detail, canWrite }: SectionProps) {
  const { t } = useTranslation();
  const drawer = useDrawerState<Referral>();
  const remove = useRowRemove('Referral');
  const nameOf = (row: Referral) => t('followUp.case.referralName', { target: t(`followUp.referralTarget.${row.target}`) });
  const columns: ColumnsType<Referral> = [
    { title: t('followUp.referral.referredOn'), key: 'on', width: 110, render: (_, row) => formatDate(row.referredOn) },
    {
      title: t('followUp.referral.target'),
      key: 'target',
      render: (_, row) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{row.agencyName}</Typography.Text>
          {secondary(`${t(`followUp.referralTarget.${row.target}`)} · ${t(`followUp.referralMethod.${row.method}`)}${row.contact ? ` · ${row.contact}` : ''}`)}
        </Flex>
      ),
    },
    {
      title: t('followUp.referral.outcome'),
      key: 'outcome',
      width: '34%',
      render: (_, row) =>
        row.outcome ? (
          <Flex vertical gap={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{row.outcome}</span>
            {row.outcomeOn && secondary(formatDate(row.outcomeOn))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('followUp.referral.noOutcome')}</Typography.Text>
        ),
    },
    ...(canWrite
      ? [{ title: '', key: 'actions', width: 76, render: (_: unknown, row: Referral) => <RowActions name={nameOf(row)} onEdit={() => drawer.show(row)} onRemove={() => remove({ id: row.id, version: row.version, name: nameOf(row) })} /> }]
      : []),
  ];
  const first = detail.referrals.length === 0;
  return (
    <Card
      size="small"
      title={t('followUp.case.referrals', { count: detail.referrals.length })}
      extra={canWrite && <Button size="small" type={first ? 'primary' : 'default'} icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show()}>{t('followUp.case.addReferral')}</Button>}
    >
      <Table<Referral> rowKey="id" size="small" pagination={false} dataSource={detail.referrals} columns={columns} scroll={{ x: 560 }} locale={{ emptyText: t('followUp.case.noReferrals') }} />
      {canWrite && (
        <ReferralDrawer
          key={drawer.key}
          caseId={detail.id}
          open={drawer.open}
          onClose={drawer.close}
          editing={drawer.payload}
          defaultTarget={first ? 'commune_committee' : 'education'}
          defaultAgency={detail.communeName ? t('followUp.referral.communeCommittee', { commune: detail.communeName }) : undefined}
        />
      )}
    </Card>
  );
}

/** Support given: kind, by whom, when. */
export function SupportsCard({ detail, canWrite }: SectionProps) {
  const { t } = useTranslation();
  const drawer = useDrawerState<Support>();
  const remove = useRowRemove('Support');
  const nameOf = (row: Support) => t('followUp.case.supportName', { kind: t(`followUp.supportKind.${row.kind}`), date: formatDate(row.providedOn) });
  const columns: ColumnsType<Support> = [
    { title: t('followUp.support.providedOn'), key: 'on', width: 110, render: (_, row) => formatDate(row.providedOn) },
    {
      title: t('followUp.support.kind'),
      key: 'kind',
      render: (_, row) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{t(`followUp.supportKind.${row.kind}`)}</Typography.Text>
          {secondary(row.providedBy)}
        </Flex>
      ),
    },
    { title: t('followUp.support.note'), key: 'note', width: '38%', render: (_, row) => <span style={{ whiteSpace: 'pre-wrap' }}>{row.note}</span> },
    ...(canWrite
      ? [{ title: '', key: 'actions', width: 76, render: (_: unknown, row: Support) => <RowActions name={nameOf(row)} onEdit={() => drawer.show(row)} onRemove={() => remove({ id: row.id, version: row.version, name: nameOf(row) })} /> }]
      : []),
  ];
  return (
    <Card
      size="small"
      title={t('followUp.case.supports', { count: detail.supports.length })}
      extra={canWrite && <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show()}>{t('followUp.case.addSupport')}</Button>}
    >
      <Table<Support> rowKey="id" size="small" pagination={false} dataSource={detail.supports} columns={columns} scroll={{ x: 520 }} locale={{ emptyText: t('followUp.case.noSupports') }} />
      {canWrite && <SupportDrawer key={drawer.key} caseId={detail.id} open={drawer.open} onClose={drawer.close} editing={drawer.payload} />}
    </Card>
  );
}

/** Follow-up visits: the child's situation each time, with photos. */
export function VisitsCard({ detail, canWrite, visitor }: SectionProps & { visitor: string }) {
  const { t } = useTranslation();
  const drawer = useDrawerState<Visit>();
  const remove = useRowRemove('Visit');
  const nameOf = (row: Visit) => t('followUp.case.visitName', { date: formatDate(row.visitedOn) });
  const columns: ColumnsType<Visit> = [
    { title: t('followUp.visit.visitedOn'), key: 'on', width: 110, render: (_, row) => formatDate(row.visitedOn) },
    {
      title: t('followUp.visit.situation'),
      key: 'situation',
      render: (_, row) => (
        <Flex vertical gap={2}>
          <Typography.Text strong type={row.situation === 'still_working' ? 'danger' : undefined}>
            {t(`followUp.situation.${row.situation}`)}
          </Typography.Text>
          {secondary([row.workPlace, row.workDescription].filter(Boolean).join(' — ') || undefined)}
          {secondary(row.visitedBy)}
        </Flex>
      ),
    },
    { title: t('followUp.visit.notes'), key: 'notes', width: '34%', render: (_, row) => <span style={{ whiteSpace: 'pre-wrap' }}>{row.notes}</span> },
    {
      title: t('followUp.visit.photos'),
      key: 'photos',
      width: 110,
      render: (_, row) => <AttachmentsButton ownerTable="case_visits" ownerId={row.id} inspectionId={detail.inspectionId} name={t('followUp.case.photos', { date: formatDate(row.visitedOn) })} />,
    },
    ...(canWrite
      ? [{ title: '', key: 'actions', width: 76, render: (_: unknown, row: Visit) => <RowActions name={nameOf(row)} onEdit={() => drawer.show(row)} onRemove={() => remove({ id: row.id, version: row.version, name: nameOf(row) })} /> }]
      : []),
  ];
  return (
    <Card
      size="small"
      title={t('followUp.case.visits', { count: detail.visits.length })}
      extra={canWrite && <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show()}>{t('followUp.case.addVisit')}</Button>}
    >
      <Table<Visit> rowKey="id" size="small" pagination={false} dataSource={detail.visits} columns={columns} scroll={{ x: 640 }} locale={{ emptyText: t('followUp.case.noVisits') }} />
      {canWrite && <VisitDrawer key={drawer.key} caseId={detail.id} open={drawer.open} onClose={drawer.close} editing={drawer.payload} visitor={visitor} />}
    </Card>
  );
}
