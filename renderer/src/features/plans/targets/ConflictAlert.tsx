import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScheduleConflict } from '../../../../../shared/schemas/plan';

/** Officials booked on two plans at the same time: each clash in the service's words. */
export function ConflictAlert({ conflicts }: { conflicts: ScheduleConflict[] }) {
  const { t } = useTranslation();
  if (conflicts.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('plans.conflicts.title', { count: conflicts.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {conflicts.map((c) => (
            <li key={`${c.officialId}-${c.date}-${c.timeSlot}-${c.visits[0]?.targetId}`}>{c.message}</li>
          ))}
        </ul>
      }
    />
  );
}
