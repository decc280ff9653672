import { CalendarOutlined, PlusOutlined, TableOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PlanDetail, PlanTarget } from '../../../../../shared/schemas/plan';
import { useCan } from '../../../ui/session';
import { useDrawerState } from '../../../ui/useDrawerState';
import { StartInspectionDrawer, type StartPreset } from '../../inspections/start/StartInspectionDrawer';
import { ConflictAlert } from './ConflictAlert';
import { MonthCalendar } from './MonthCalendar';
import { conflictsByTarget, type ScheduleViewProps } from './schedule';
import { SlotLegend } from './SlotLegend';
import { SuggestDrawer } from './SuggestDrawer';
import { TargetEditDrawer } from './TargetEditDrawer';
import { TargetTable } from './TargetTable';
import { VisitWarningsAlert } from './VisitWarnings';
import { UnscheduledTray } from './UnscheduledTray';
import { usePlanInspections, visitsUnderWay } from './targetInspections';
import { useReschedule } from './useReschedule';
import { WeekGrid } from './WeekGrid';

type View = 'list' | 'month' | 'week';

/** Which establishments the team visits, when, and by which sub-team: as a table, a month or a week. */
export function TargetsTab({ detail, readOnly }: { detail: PlanDetail; readOnly: boolean }) {
  const { t } = useTranslation();
  const { plan, targets } = detail;
  const [view, setView] = useState<View>('list');
  const suggest = useDrawerState();
  const editing = useDrawerState<PlanTarget>();
  const reschedule = useReschedule(targets);
  const subTeams = [...new Set(detail.team.map((m) => m.subTeam).filter((s): s is string => Boolean(s)))].sort();
  const scheduled = targets.filter((x) => x.visitDate).length;
  const navigate = useNavigate();
  const starting = useDrawerState<StartPreset>();
  const canStart = useCan('inspections.create') && visitsUnderWay(plan);
  const { byTarget, progress } = usePlanInspections(plan.id, targets.map((x) => x.id));
  const props: ScheduleViewProps = {
    targets,
    period: plan,
    conflicts: conflictsByTarget(detail),
    readOnly,
    onEdit: (x) => (readOnly ? undefined : editing.show(x)),
    onMove: reschedule,
    inspections: byTarget,
    onStart: canStart ? (x) => starting.show({ planId: plan.id, planTargetId: x.id }) : undefined,
  };

  return (
    <>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={16} align="center" wrap>
          <Segmented<View>
            value={view}
            onChange={setView}
            options={[
              { value: 'list', label: t('plans.targets.viewList'), icon: <UnorderedListOutlined aria-hidden /> },
              { value: 'month', label: t('plans.targets.viewMonth'), icon: <CalendarOutlined aria-hidden /> },
              { value: 'week', label: t('plans.targets.viewWeek'), icon: <TableOutlined aria-hidden /> },
            ]}
          />
          <Typography.Text type="secondary">
            {t('plans.targets.summary', { count: targets.length, scheduled })}
            {targets.length > 0 && ` · ${t('plans.targets.progress', { visited: progress.visited, total: progress.total, finalised: progress.finalised })}`}
          </Typography.Text>
        </Flex>
        {!readOnly && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => suggest.show()}>
            {t('plans.targets.add')}
          </Button>
        )}
      </Flex>
      <ConflictAlert conflicts={detail.conflicts} />
      {/* Weekend visits still to make (one already inspected needs no second look). */}
      <VisitWarningsAlert targets={targets.filter((x) => !byTarget.has(x.id))} />
      {view === 'list' ? (
        <TargetTable {...props} />
      ) : (
        <>
          <SlotLegend readOnly={readOnly} />
          <UnscheduledTray {...props} />
          {view === 'month' ? <MonthCalendar {...props} /> : <WeekGrid {...props} />}
        </>
      )}
      <SuggestDrawer key={suggest.key} open={suggest.open} onClose={suggest.close} plan={plan} subTeams={subTeams} />
      {starting.payload && (
        <StartInspectionDrawer key={starting.key} open={starting.open} onClose={starting.close} preset={starting.payload} onStarted={(id) => navigate(`/inspections/${id}`)} />
      )}
      {editing.payload && (
        <TargetEditDrawer key={editing.key} open={editing.open} onClose={editing.close} target={editing.payload} period={plan} subTeams={subTeams} />
      )}
    </>
  );
}
