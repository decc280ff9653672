import { Card, Flex, Segmented, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CASE_LIST_STATUSES, CASE_RISK_LEVELS, type CaseListStatus, type CaseRiskLevel, type CaseSummary } from '../../../../shared/schemas/follow-up';
import { ExportButton } from '../../ui/ExportButton';
import type { ExportColumn } from '../../ui/listExport';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { SearchSelect } from '../../ui/SearchSelect';
import { byDate, byNumber, byText } from '../../ui/sorters';
import { formatDate } from '../plans/dates';
import { CommuneSelect } from '../reference/CommuneSelect';
import { ProvinceSelect } from '../reference/ProvinceSelect';
import { formatInstant } from './format';
import { caseLink } from './links';
import { useCases } from './queries';
import { CaseStatusTag, RiskTag } from './tags';

type View = CaseListStatus | 'all';
const VIEWS: readonly View[] = [...CASE_LIST_STATUSES, 'all'];
const RISK_ORDER: Record<CaseRiskLevel, number> = { emergency: 0, high: 1, normal: 2 };

/**
 * "Theo dõi trẻ em": one case per child found, children by initials (the full record is on the
 * case page, whose opening is logged). Filters in the URL: status, risk, province and commune.
 */
export function CaseListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view: View = VIEWS.find((v) => v === params.get('status')) ?? 'active';
  const riskLevel = CASE_RISK_LEVELS.find((r) => r === params.get('risk'));
  const provinceCode = params.get('province') ?? undefined;
  const communeCode = params.get('commune') ?? undefined;
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const cases = useCases({ status: view === 'all' ? undefined : view, riskLevel, provinceCode, communeCode });
  const rows = cases.data ?? [];
  const sexLabel = (row: CaseSummary) => t(`inspections.sex.${row.child.sex}`);

  const columns: ColumnsType<CaseSummary> = [
    {
      title: t('followUp.cases.columnChild'),
      key: 'child',
      width: 190,
      sorter: byText((row: CaseSummary) => row.child.initials),
      render: (_, row) => (
        <Flex vertical gap={2}>
          <Link to={caseLink(row.id)} style={{ fontWeight: 500 }}>
            {row.child.initials}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
            {t('followUp.cases.childLine', { sex: sexLabel(row), age: row.child.ageAtInspection })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('followUp.cases.columnEstablishment'),
      key: 'establishment',
      minWidth: 200,
      sorter: byText((row: CaseSummary) => row.establishmentName),
      render: (_, row) => (
        <Flex vertical gap={2}>
          <span>{row.establishmentName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
            {[row.communeName, formatDate(row.inspectionDate)].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('followUp.cases.columnRisk'),
      key: 'risk',
      width: 130,
      sorter: byNumber((row: CaseSummary) => RISK_ORDER[row.riskLevel]),
      render: (_, row) => <RiskTag level={row.riskLevel} />,
    },
    {
      title: t('followUp.cases.columnProgress'),
      key: 'progress',
      width: 240,
      responsive: ['lg'],
      render: (_, row) => t('followUp.cases.progress', { referrals: row.referralCount, supports: row.supportCount, visits: row.visitCount }),
    },
    {
      title: t('followUp.cases.columnNext'),
      key: 'next',
      width: 190,
      sorter: byDate((row: CaseSummary) => row.emergencyDeadline ?? row.nextVisitDue),
      render: (_, row) => <NextStep row={row} />,
    },
    {
      title: t('followUp.cases.columnStatus'),
      key: 'status',
      width: 130,
      render: (_, row) => <CaseStatusTag status={row.status} overdue={row.overdue} />,
    },
  ];
  const exportColumns: ExportColumn<CaseSummary>[] = [
    { title: t('followUp.cases.columnChild'), value: (row) => row.child.initials, width: 12 },
    { title: t('followUp.case.sex'), value: sexLabel, width: 8 },
    { title: t('followUp.case.age'), value: (row) => String(row.child.ageAtInspection), width: 8 },
    { title: t('followUp.cases.columnEstablishment'), value: (row) => row.establishmentName, width: 36 },
    { title: t('reference.commune'), value: (row) => row.communeName ?? '', width: 20 },
    { title: t('followUp.cases.columnOpened'), value: (row) => formatDate(row.openedAt.slice(0, 10)), width: 12 },
    { title: t('followUp.cases.columnRisk'), value: (row) => t(`followUp.risk.${row.riskLevel}`), width: 12 },
    { title: t('followUp.case.riskReasons'), value: (row) => row.riskReasons.join('; '), width: 40 },
    { title: t('followUp.cases.columnProgress'), value: (row) => t('followUp.cases.progress', { referrals: row.referralCount, supports: row.supportCount, visits: row.visitCount }), width: 30 },
    { title: t('followUp.cases.columnStatus'), value: (row) => (row.status === 'active' && row.overdue ? t('followUp.listStatus.overdue') : t(`followUp.status.${row.status}`)), width: 14 },
  ];

  return (
    <>
      <PageHeader title={t('followUp.cases.title')} description={t('followUp.cases.description')} />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Segmented<View>
            aria-label={t('followUp.cases.statusFilter')}
            value={view}
            onChange={(v) => set({ status: v === 'active' ? undefined : v })}
            options={VIEWS.map((v) => ({ value: v, label: v === 'all' ? t('followUp.cases.allStatuses') : t(`followUp.listStatus.${v}`) }))}
          />
          <SearchSelect<CaseRiskLevel>
            aria-label={t('followUp.cases.riskFilter')}
            placeholder={t('followUp.cases.allRisks')}
            value={riskLevel}
            onChange={(v) => set({ risk: v })}
            style={{ width: 170 }}
            options={CASE_RISK_LEVELS.map((r) => ({ value: r, label: t(`followUp.risk.${r}`) }))}
          />
          <ProvinceSelect
            aria-label={t('reference.province')}
            placeholder={t('reference.allProvinces')}
            value={provinceCode}
            onChange={(v) => set({ province: v, commune: undefined })}
            style={{ width: 200 }}
          />
          <CommuneSelect
            aria-label={t('reference.commune')}
            placeholder={t('reference.allCommunes')}
            provinceCode={provinceCode}
            value={communeCode}
            onChange={(v) => set({ commune: v })}
            style={{ width: 200 }}
          />
          <Flex gap={12} align="center" style={{ marginInlineStart: 'auto' }}>
            {rows.length > 0 && <Typography.Text type="secondary">{t('followUp.cases.total', { count: rows.length })}</Typography.Text>}
            <ExportButton title={t('followUp.cases.exportTitle')} columns={exportColumns} rows={rows} filters={[view === 'all' ? t('followUp.cases.allStatuses') : t(`followUp.listStatus.${view}`)]} disabled={!rows.length} />
          </Flex>
        </Flex>
        {cases.isError ? (
          <QueryError error={cases.error} onRetry={() => void cases.refetch()} />
        ) : (
          <Table<CaseSummary>
            rowKey="id"
            size="middle"
            loading={cases.isFetching}
            dataSource={rows}
            columns={columns}
            scroll={{ x: 880 }}
            showSorterTooltip={false}
            pagination={{ pageSize: 30, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: cases.isPending ? ' ' : view === 'active' && !riskLevel && !provinceCode ? t('followUp.cases.empty') : t('followUp.cases.noMatch') }}
          />
        )}
      </Card>
    </>
  );
}

/** What is due next on a case: the emergency deadline, the next visit, or when it closed. */
function NextStep({ row }: { row: CaseSummary }) {
  const { t } = useTranslation();
  if (row.status === 'closed') return <Typography.Text type="secondary">{t('followUp.cases.closedOn', { date: formatDate(row.closedOn) })}</Typography.Text>;
  if (row.riskLevel === 'emergency' && row.emergencyDeadline && !row.referred) {
    return (
      <Typography.Text type={row.emergencyOverdue ? 'danger' : 'warning'} strong>
        {t('followUp.cases.emergencyBy', formatInstant(row.emergencyDeadline))}
      </Typography.Text>
    );
  }
  if (row.nextVisitDue) {
    return (
      <Typography.Text type={row.overdue ? 'danger' : undefined} strong={row.overdue}>
        {t('followUp.cases.nextVisit', { date: formatDate(row.nextVisitDue) })}
      </Typography.Text>
    );
  }
  return null;
}
