import { AlertOutlined, CheckCircleOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Row, Steps, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CaseDetail } from '../../../../../shared/schemas/follow-up';
import { BackLink, DetailPageLoading } from '../../../ui/DetailPageLoading';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan, useSession } from '../../../ui/session';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { formatDate } from '../../plans/dates';
import { formatInstant } from '../format';
import { FOLLOW_UP_WRITES, useCase } from '../queries';
import { CaseStatusTag, RiskTag } from '../tags';
import { CaseDocuments } from './CaseDocuments';
import { ReferralsCard, SupportsCard, VisitsCard } from './CaseSections';
import { CloseCaseDialog, ReopenCaseDialog } from './CloseCaseDialog';

/** The time now, ticking every minute (the emergency countdown). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** The 12-hour deadline of an emergency, prominently: time left, past, or met by a referral. */
function EmergencyBanner({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const now = useNow();
  if (detail.riskLevel !== 'emergency' || !detail.emergencyDeadline || detail.status === 'closed') return null;
  const when = formatInstant(detail.emergencyDeadline);
  if (detail.referred) return <Alert type="info" showIcon icon={<AlertOutlined />} title={t('followUp.case.emergencyReferred', when)} style={{ marginBottom: 16 }} />;
  const left = dayjs(detail.emergencyDeadline).diff(now, 'minute');
  const overdue = detail.emergencyOverdue || left <= 0;
  return (
    <Alert
      type="error"
      showIcon
      icon={<AlertOutlined />}
      role="alert"
      title={<Typography.Text strong style={{ fontSize: 16 }}>{t('followUp.case.emergencyTitle')}</Typography.Text>}
      description={
        overdue
          ? t('followUp.case.emergencyOverdue', when)
          : t('followUp.case.emergencyDeadline', { ...when, left: t('followUp.case.hoursLeft', { hours: Math.floor(left / 60), minutes: left % 60 }) })
      }
      style={{ marginBottom: 16, borderWidth: 2 }}
    />
  );
}

/** Detection → referral → support → visits → closure, as far as the case has gone. */
function CaseSteps({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const done = [true, detail.referralCount > 0, detail.supportCount > 0, detail.visitCount >= 2, detail.status === 'closed'];
  const current = done.findIndex((d) => !d);
  const keys = ['detection', 'referral', 'support', 'visits', 'closure'] as const;
  const descriptions = [
    formatDate(detail.inspectionDate),
    detail.referrals[0] && formatDate(detail.referrals[0].referredOn),
    detail.supports[0] && formatDate(detail.supports[0].providedOn),
    detail.visitCount > 0 ? `${detail.visitCount}/2` : undefined,
    detail.closedOn && formatDate(detail.closedOn),
  ];
  return (
    <Steps
      size="small"
      responsive={false}
      current={current === -1 ? keys.length : current}
      items={keys.map((key, i) => ({
        title: t(`followUp.case.steps.${key}`),
        content: descriptions[i],
        status: done[i] ? 'finish' : i === current && detail.status === 'active' ? 'process' : 'wait',
      }))}
    />
  );
}

function ChildCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { minor } = detail;
  const items = [
    { key: 'name', label: t('followUp.case.fullName'), children: <Typography.Text strong>{minor.fullName}</Typography.Text> },
    { key: 'sex', label: t('followUp.case.sex'), children: t(`inspections.sex.${minor.sex}`) },
    { key: 'dob', label: t('followUp.case.dateOfBirth'), children: formatDate(minor.dateOfBirth) || t('common.notProvided') },
    { key: 'age', label: t('followUp.case.age'), children: t('followUp.case.ageValue', { age: minor.ageAtInspection }) },
    ...(minor.homeAddress ? [{ key: 'address', label: t('followUp.case.address'), children: minor.homeAddress }] : []),
    ...(minor.job ? [{ key: 'job', label: t('followUp.case.job'), children: minor.job }] : []),
    ...(minor.schooling ? [{ key: 'school', label: t('followUp.case.schooling'), children: minor.schooling }] : []),
    {
      key: 'reasons',
      label: t('followUp.case.riskReasons'),
      children: detail.riskReasons.length ? (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {detail.riskReasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : (
        '—'
      ),
    },
  ];
  return (
    <Card size="small" title={t('followUp.case.child')}>
      <Descriptions size="small" column={1} colon={false} items={items} styles={{ label: { width: 116 } }} />
    </Card>
  );
}

function ScheduleCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  if (!detail.schedule.length) return null;
  return (
    <Card size="small" title={t('followUp.case.schedule')}>
      <Flex vertical gap={6}>
        {detail.schedule.map((s) => (
          <Flex key={s.number} gap={8} wrap align="center">
            {s.doneOn ? <CheckCircleOutlined style={{ color: '#15803d' }} aria-hidden /> : <span style={{ width: 14 }} />}
            <Typography.Text type={s.overdue ? 'danger' : undefined} strong={s.overdue}>
              {t('followUp.case.scheduleVisit', { number: s.number, date: formatDate(s.dueOn) })}
            </Typography.Text>
            {s.doneOn && <Typography.Text type="secondary">{t('followUp.case.scheduleDone', { date: formatDate(s.doneOn) })}</Typography.Text>}
            {s.overdue && <Tag color="red">{t('followUp.case.scheduleOverdue')}</Tag>}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

const TIMELINE_COLORS = { detection: 'red', referral: 'blue', support: 'green', visit: 'cyan', closure: 'gray', reopening: 'orange' } as const;

function TimelineCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('followUp.case.timeline')}>
      <Timeline
        items={detail.timeline.map((entry, i) => ({
          key: `${entry.kind}-${entry.rowId ?? i}`,
          color: TIMELINE_COLORS[entry.kind],
          content: (
            <Flex vertical gap={0}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {entry.on.length > 10 ? `${formatInstant(entry.on).time} ${formatInstant(entry.on).date}` : formatDate(entry.on)} · {t(`followUp.timelineKind.${entry.kind}`)}
              </Typography.Text>
              <span>{entry.title}</span>
              {entry.detail && (
                <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
                  {entry.detail}
                </Typography.Text>
              )}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}

/** Marks or clears a suspicion of trafficking (which makes the case an emergency), after asking. */
function TraffickingButton({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const update = useCommandMutation('followUp.updateCase', { invalidates: FOLLOW_UP_WRITES });
  const mark = (traffickingSuspected: boolean) => update.mutate({ id: detail.id, expectedVersion: detail.version, traffickingSuspected });
  if (detail.traffickingSuspected) {
    return (
      <Button loading={update.isPending} onClick={() => mark(false)}>
        {t('followUp.case.traffickingClear')}
      </Button>
    );
  }
  return (
    <Button
      danger
      loading={update.isPending}
      onClick={() =>
        modal.confirm({
          title: t('followUp.case.traffickingConfirmTitle'),
          content: t('followUp.case.traffickingConfirmText'),
          okText: t('followUp.case.traffickingMark'),
          okButtonProps: { danger: true },
          cancelText: t('common.cancel'),
          onOk: () => mark(true),
        })
      }
    >
      {t('followUp.case.traffickingMark')}
    </Button>
  );
}

/**
 * One child's case: the emergency deadline, the steps so far, the referrals, support and visits
 * with their forms, closing and reopening, the documents, and the timeline. Reading it is a logged
 * view of the child's record (the service logs followUp.getCase).
 */
export function CasePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const detail = useCase(id);
  const session = useSession();
  const canRecord = useCan('followUp.addVisit');
  const [dialog, setDialog] = useState<'close' | 'reopen'>();
  const back = <BackLink to="/cases" label={t('followUp.case.backToList')} />;
  if (!detail.isSuccess) return <DetailPageLoading query={detail} back={back} notFound={t('followUp.case.notFound')} />;
  const data = detail.data;
  const open = data.status === 'active';
  const canWrite = canRecord && open;

  return (
    <>
      <PageHeader
        breadcrumb={back}
        title={
          <Flex gap={12} align="center" wrap>
            {t('followUp.case.titleOf', { name: data.child.initials })}
            <RiskTag level={data.riskLevel} />
            <CaseStatusTag status={data.status} overdue={data.overdue} />
          </Flex>
        }
        description={
          <Flex gap={6} wrap component="span">
            <span>{t('followUp.case.detectedAt', { establishment: data.establishmentName, date: formatDate(data.inspectionDate) })}</span>
            <span aria-hidden>·</span>
            <Link to={`/inspections/${data.inspectionId}?tab=minors`}>{t('followUp.case.openInspection')}</Link>
            {data.traffickingSuspected && (
              <>
                <span aria-hidden>·</span>
                <Typography.Text type="danger">{t('followUp.case.traffickingOn')}</Typography.Text>
              </>
            )}
          </Flex>
        }
        extra={
          canRecord && (
            <>
              {open && <TraffickingButton detail={data} />}
              {open ? (
                <Button type="primary" onClick={() => setDialog('close')}>
                  {t('followUp.case.close')}
                </Button>
              ) : (
                <Button icon={<UndoOutlined aria-hidden />} onClick={() => setDialog('reopen')}>
                  {t('followUp.case.reopen')}
                </Button>
              )}
            </>
          )
        }
      />
      <EmergencyBanner detail={data} />
      {data.minorRemovedAt && <Alert type="warning" showIcon title={t('followUp.cases.removedMinor')} style={{ marginBottom: 16 }} />}
      {data.status === 'closed' && (
        <Alert
          type="success"
          showIcon
          title={t('followUp.case.closedTitle', { date: formatDate(data.closedOn) })}
          description={[data.closureReason && t(`followUp.closureReason.${data.closureReason}`), data.closureNote].filter(Boolean).join(' — ')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <CaseSteps detail={data} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <ReferralsCard detail={data} canWrite={canWrite} />
            <SupportsCard detail={data} canWrite={canWrite} />
            <VisitsCard detail={data} canWrite={canWrite} visitor={session.user.fullName} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <ChildCard detail={data} />
            <ScheduleCard detail={data} />
            <TimelineCard detail={data} />
          </Flex>
        </Col>
        {/* An A4 page is about 800 px wide: the papers and their preview get the full width. */}
        <Col span={24}>
          <CaseDocuments detail={data} />
        </Col>
      </Row>
      {dialog === 'close' && (
        <CloseCaseDialog
          detail={data}
          onClose={() => setDialog(undefined)}
          onDone={() => {
            setDialog(undefined);
            void message.success(t('followUp.closure.saved'));
          }}
        />
      )}
      {dialog === 'reopen' && (
        <ReopenCaseDialog
          detail={data}
          onClose={() => setDialog(undefined)}
          onDone={() => {
            setDialog(undefined);
            void message.success(t('followUp.closure.reopened'));
          }}
        />
      )}
    </>
  );
}
