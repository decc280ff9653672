import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TIME_SLOTS } from '../../../../../shared/schemas/plan';
import { SLOT_COLORS } from '../labels';

/** Which colour is which time slot, and that cards can be dragged. */
export function SlotLegend({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={16} align="center" wrap style={{ marginBottom: 12 }}>
      {TIME_SLOTS.map((slot) => (
        <Flex key={slot} gap={6} align="center">
          <span aria-hidden style={{ width: 12, height: 12, borderRadius: 2, background: SLOT_COLORS[slot] }} />
          <Typography.Text style={{ fontSize: 13 }}>{t(`plans.slot.${slot}`)}</Typography.Text>
        </Flex>
      ))}
      {!readOnly && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('plans.calendar.dragHint')}
        </Typography.Text>
      )}
    </Flex>
  );
}
