import { Calendar } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, toIsoDate, withinPeriod } from '../dates';
import { firstDay, visitsByDay, type ScheduleViewProps } from './schedule';
import { DropCell } from './DropCell';
import { VisitCard } from './VisitCard';

/** A month of the plan with its visits per day; drop a card on a day to move the visit there. */
export function MonthCalendar({ targets, period, conflicts, readOnly, onEdit, onMove }: ScheduleViewProps) {
  const { t } = useTranslation();
  const [day, setDay] = useState(() => dayjs(firstDay(targets, period.periodStart)));
  const byDay = visitsByDay(targets);
  return (
    <Calendar
      value={day}
      onChange={setDay}
      validRange={[dayjs(period.periodStart), dayjs(period.periodEnd)]}
      cellRender={(date, info) => {
        if (info.type !== 'date') return info.originNode;
        const iso = toIsoDate(date);
        return (
          <DropCell
            disabled={readOnly || !withinPeriod(iso, period)}
            onDropTarget={(id) => onMove(id, iso)}
            label={t('plans.calendar.dayLabel', { date: formatDate(iso) })}
          >
            {(byDay.get(iso) ?? []).map((x) => (
              <VisitCard key={x.id} target={x} conflicts={conflicts.get(x.id)} readOnly={readOnly} onEdit={onEdit} />
            ))}
          </DropCell>
        );
      }}
    />
  );
}
