import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScheduleViewProps } from './schedule';
import { VisitCard } from './VisitCard';

/** Targets without a date yet, waiting to be dragged onto the calendar. */
export function UnscheduledTray({ targets, conflicts, readOnly, onEdit }: ScheduleViewProps) {
  const { t } = useTranslation();
  const waiting = targets.filter((x) => !x.visitDate);
  if (waiting.length === 0) return null;
  return (
    <section aria-label={t('plans.calendar.unscheduledTitle')} style={{ marginBottom: 12, padding: 12, background: '#fafbfc', border: '1px dashed #d0d7e2', borderRadius: 6 }}>
      <Typography.Text strong>{t('plans.calendar.unscheduled', { count: waiting.length })}</Typography.Text>
      <Flex gap={6} wrap style={{ marginTop: 8 }}>
        {waiting.map((x) => (
          <div key={x.id} style={{ width: 220 }}>
            <VisitCard target={x} conflicts={conflicts.get(x.id)} readOnly={readOnly} onEdit={onEdit} />
          </div>
        ))}
      </Flex>
    </section>
  );
}
