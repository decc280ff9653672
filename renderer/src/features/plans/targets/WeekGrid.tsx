import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_SLOTS } from '../../../../../shared/schemas/plan';
import { formatDate, mondayOf, toIsoDate, withinPeriod } from '../dates';
import { firstDay, visitsByDay, type ScheduleViewProps } from './schedule';
import { DropCell } from './DropCell';
import { VisitCard } from './VisitCard';

const BORDER = '1px solid #e5e8ee';
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Monday to Sunday in columns, morning / afternoon / all day in rows; drop a card in a cell to move the visit there. */
export function WeekGrid({ targets, period, conflicts, readOnly, onEdit, onMove }: ScheduleViewProps) {
  const { t } = useTranslation();
  const [monday, setMonday] = useState(() => mondayOf(dayjs(firstDay(targets, period.periodStart))));
  const days = Array.from({ length: 7 }, (_, i) => monday.add(i, 'day'));
  const byDay = visitsByDay(targets);
  const sunday = days[6]!;
  const canGoBack = toIsoDate(monday) > period.periodStart;
  const canGoOn = toIsoDate(sunday) < period.periodEnd;

  return (
    <section aria-label={t('plans.calendar.weekTitle', { from: formatDate(toIsoDate(monday)), to: formatDate(toIsoDate(sunday)) })}>
      <Flex align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Button icon={<LeftOutlined aria-hidden />} disabled={!canGoBack} onClick={() => setMonday(monday.subtract(7, 'day'))}>
          {t('plans.calendar.previousWeek')}
        </Button>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('plans.calendar.weekTitle', { from: formatDate(toIsoDate(monday)), to: formatDate(toIsoDate(sunday)) })}
        </Typography.Title>
        <Button disabled={!canGoOn} onClick={() => setMonday(monday.add(7, 'day'))}>
          {t('plans.calendar.nextWeek')} <RightOutlined aria-hidden />
        </Button>
      </Flex>
      <div role="grid" style={{ display: 'grid', gridTemplateColumns: '76px repeat(7, minmax(0, 1fr))', border: BORDER, borderRadius: 6, overflow: 'hidden' }}>
        <div role="row" style={{ display: 'contents' }}>
          <div style={{ background: '#f5f7fa', borderBottom: BORDER }} />
          {days.map((d) => {
            const inside = withinPeriod(toIsoDate(d), period);
            return (
              <div
                key={d.toString()}
                role="columnheader"
                style={{ padding: '8px 6px', background: '#f5f7fa', borderBottom: BORDER, borderInlineStart: BORDER, textAlign: 'center', opacity: inside ? 1 : 0.45 }}
              >
                <div style={{ fontWeight: 600 }}>{capitalise(d.format('dddd'))}</div>
                <div style={{ fontSize: 12.5, color: 'rgba(0,0,0,0.55)' }}>{d.format('DD/MM')}</div>
              </div>
            );
          })}
        </div>
        {TIME_SLOTS.map((slot) => (
          <div key={slot} role="row" style={{ display: 'contents' }}>
            <div role="rowheader" style={{ padding: '8px 6px', fontWeight: 600, fontSize: 13, background: '#fafbfc', borderTop: BORDER }}>
              {t(`plans.slot.${slot}`)}
            </div>
            {days.map((d) => {
              const iso = toIsoDate(d);
              const inside = withinPeriod(iso, period);
              const weekend = d.day() === 0 || d.day() === 6;
              return (
                <div
                  key={iso}
                  role="gridcell"
                  style={{ borderTop: BORDER, borderInlineStart: BORDER, padding: 4, minHeight: 88, background: !inside ? '#f4f5f7' : weekend ? '#fcfcfd' : '#fff' }}
                >
                  <DropCell
                    disabled={readOnly || !inside}
                    onDropTarget={(id) => onMove(id, iso, slot)}
                    label={t('plans.calendar.slotLabel', { date: formatDate(iso), slot: t(`plans.slot.${slot}`) })}
                    style={{ minHeight: 80 }}
                  >
                    {(byDay.get(iso) ?? [])
                      .filter((x) => x.timeSlot === slot)
                      .map((x) => (
                        <VisitCard key={x.id} target={x} conflicts={conflicts.get(x.id)} readOnly={readOnly} onEdit={onEdit} />
                      ))}
                  </DropCell>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </section>
  );
}
