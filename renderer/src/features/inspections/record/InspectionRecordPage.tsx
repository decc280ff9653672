import { Badge, Card, Flex, Tabs, Typography } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { InspectionDetail } from '../../../../../shared/schemas/inspection';
import { HistoryPanel } from '../../../ui/history/HistoryPanel';
import { InspectionAttachmentsSection } from '../../attachments/InspectionAttachmentsSection';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../../ui/session';
import { ChecklistSection } from '../checklist/ChecklistSection';
import { CommitmentsSection } from '../commitments/CommitmentsSection';
import { DocumentsSection } from '../documents/DocumentsSection';
import { formatDate } from '../../plans/dates';
import { GeneralSection } from '../general/GeneralSection';
import { MinorsSection } from '../minors/MinorsSection';
import { useInspection, useSuggestions } from '../queries';
import { StatusTag } from '../tags';
import { ViolationsSection } from '../violations/ViolationsSection';
import { SanctionsSection } from '../../follow-up/sanctions/SanctionsSection';
import { VerificationSection } from '../../follow-up/verification/VerificationSection';
import { AmendmentHistory } from './AmendmentHistory';
import { InspectionActions } from './InspectionActions';
import { LockBanner } from './LockBanner';
import { useTabHotkeys } from './useTabHotkeys';
import { useUnsavedSections } from './useUnsavedSections';
import { BackLink, DetailPageLoading } from '../../../ui/DetailPageLoading';

const TABS = ['general', 'checklist', 'minors', 'violations', 'commitments', 'attachments', 'documents'] as const;
type Tab = (typeof TABS)[number];

/** The children, officials, establishment and plan the record's change history refers to by id. */
function namesOf({ inspection, minors, teamPresentNames }: InspectionDetail): Record<string, string> {
  const names: Record<string, string> = { [inspection.establishmentId]: inspection.establishmentName };
  if (inspection.planId && inspection.planTitle) names[inspection.planId] = inspection.planTitle;
  for (const m of minors) names[m.id] = m.fullName;
  for (const m of teamPresentNames) names[m.officialId] = m.fullName;
  return names;
}

const counted = (label: string, count: number, highlight = false): ReactNode => (
  <Flex gap={6} align="center">
    {label}
    {count > 0 && <Badge count={count} color={highlight ? '#c2410c' : '#8c98a8'} size="small" />}
  </Flex>
);

/** A tab whose section holds unsaved changes carries an orange dot. */
const unsavedMark = (label: string, unsaved: boolean, hint: string): ReactNode =>
  unsaved ? (
    <Badge dot color="#d97706" offset={[6, 0]} title={hint}>
      {label}
    </Badge>
  ) : (
    label
  );

/** One visit, recorded on site section by section; the minutes are generated from it. */
export function InspectionRecordPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((k) => k === params.get('tab')) ?? 'general';
  const select = useCallback((key: string) => setParams(key === 'general' ? {} : { tab: key }, { replace: true }), [setParams]);
  useTabHotkeys(TABS, select);
  const { unsaved, reporter } = useUnsavedSections();
  const detail = useInspection(id);
  const suggestions = useSuggestions(id);
  const canRecord = useCan('inspections.update');
  const back = <BackLink to="/inspections" label={t('inspections.record.backToList')} />;

  if (!detail.isSuccess) return <DetailPageLoading query={detail} back={back} notFound={t('inspections.record.notFound')} />;

  const data = detail.data;
  const { inspection } = data;
  // Finalised minutes, or a role that only reads: every section shows read-only.
  const locked = inspection.status === 'finalised' || !canRecord;
  const sectionProps = { detail: data, locked };
  const names = namesOf(data);
  const editable = (key: 'general' | 'checklist') => unsavedMark(t(`inspections.tab.${key}`), unsaved.includes(key), t('inspections.unsaved'));
  const items = [
    { key: 'general', label: editable('general'), children: <GeneralSection {...sectionProps} onDirty={reporter('general')} /> },
    { key: 'checklist', label: editable('checklist'), children: <ChecklistSection {...sectionProps} onDirty={reporter('checklist')} /> },
    { key: 'minors', label: counted(t('inspections.tab.minors'), data.minors.length), children: <MinorsSection {...sectionProps} /> },
    {
      key: 'violations',
      label: counted(t('inspections.tab.violations'), data.violations.length + (suggestions.data?.length ?? 0), Boolean(suggestions.data?.length)),
      children: (
        <>
          <ViolationsSection {...sectionProps} />
          <SanctionsSection detail={data} />
        </>
      ),
    },
    {
      key: 'commitments',
      label: counted(t('inspections.tab.commitments'), data.commitments.length),
      children: (
        <>
          <VerificationSection detail={data} />
          <CommitmentsSection {...sectionProps} />
        </>
      ),
    },
    { key: 'attachments', label: t('attachments.tab'), children: <InspectionAttachmentsSection detail={data} /> },
    { key: 'documents', label: t('inspections.tab.documents'), children: <DocumentsSection {...sectionProps} /> },
  ];

  return (
    <>
      <PageHeader
        breadcrumb={back}
        title={
          <Flex gap={12} align="center" wrap>
            {inspection.establishmentName}
            <StatusTag status={inspection.status} />
          </Flex>
        }
        description={
          <Flex gap={6} wrap component="span">
            <span>{t('inspections.record.dateLine', { date: formatDate(inspection.inspectionDate) })}</span>
            <span aria-hidden>·</span>
            <span>{inspection.planTitle ? t('inspections.record.planLine', { title: inspection.planTitle }) : t('inspections.list.adHoc')}</span>
            {inspection.number && (
              <>
                <span aria-hidden>·</span>
                <span>{t('inspections.list.number', { number: inspection.number })}</span>
              </>
            )}
            <span aria-hidden>·</span>
            <Link to={`/establishments/${inspection.establishmentId}`}>{t('inspections.record.establishmentLink')}</Link>
          </Flex>
        }
        extra={<InspectionActions detail={data} unsaved={unsaved.map((key) => t(`inspections.tab.${key as 'general' | 'checklist'}`))} />}
      />
      <LockBanner detail={data} />
      <AmendmentHistory amendments={data.amendments} />
      {/* Keyed by record: opening another inspection starts its forms afresh. */}
      <Card key={inspection.id} styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={select}
          items={items}
          tabBarExtraContent={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('inspections.record.hotkeys')}
            </Typography.Text>
          }
        />
      </Card>
      <HistoryPanel key={`history-${inspection.id}`} entity="inspection" id={inspection.id} nameOf={(_, value) => names[value]} />
    </>
  );
}
