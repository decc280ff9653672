import { WarningFilled, WarningOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTarget } from '../../../../../shared/schemas/plan';
import { formatDate } from '../dates';
import { SLOT_COLORS } from '../labels';
import { DRAG_TYPE } from './DropCell';

interface VisitCardProps {
  target: PlanTarget;
  conflicts?: string[];
  readOnly: boolean;
  onEdit: (target: PlanTarget) => void;
}

/** One visit on a calendar: drag it to another day or slot, or click it to edit the schedule. */
export function VisitCard({ target, conflicts, readOnly, onEdit }: VisitCardProps) {
  const { t } = useTranslation();
  const slot = t(`plans.slot.${target.timeSlot}`);
  const when = target.visitDate ? `${formatDate(target.visitDate)}, ${slot}` : t('plans.targets.unscheduled');
  const edit = (e: MouseEvent | KeyboardEvent) => {
    e.stopPropagation(); // the calendar would otherwise select the day
    onEdit(target);
  };
  const card = (
    <div
      role="button"
      tabIndex={0}
      draggable={!readOnly}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, target.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onClick={edit}
      onKeyDown={(e) => e.key === 'Enter' && edit(e)}
      aria-label={[t('plans.calendar.cardLabel', { name: target.establishmentName, when }), ...target.warnings].join('. ')}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 4,
        padding: '2px 6px',
        marginBottom: 3,
        fontSize: 12,
        lineHeight: '18px',
        background: conflicts ? '#fff7e6' : '#f3f7fb',
        border: '1px solid #e3e8ef',
        borderInlineStart: `3px solid ${SLOT_COLORS[target.timeSlot]}`,
        borderRadius: 4,
        cursor: readOnly ? 'pointer' : 'grab',
        textAlign: 'start',
      }}
    >
      {conflicts ? <WarningFilled aria-hidden style={{ color: '#d97706' }} /> : target.warnings.length > 0 && <WarningOutlined aria-hidden style={{ color: '#d97706' }} />}
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', flex: 1 }}>{target.establishmentName}</span>
      {target.subTeam && <span style={{ color: 'rgba(0,0,0,0.45)', whiteSpace: 'nowrap' }}>{target.subTeam}</span>}
    </div>
  );
  const tip = [`${target.establishmentName} — ${when}`, ...(conflicts ?? []), ...target.warnings].join('\n');
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{tip}</span>} mouseEnterDelay={0.4}>
      {card}
    </Tooltip>
  );
}
