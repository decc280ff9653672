import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanTarget, TimeSlot } from '../../../../../shared/schemas/plan';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { formatDate } from '../dates';
import { PLANS } from '../queries';

/** Moves a visit to another day (and slot), keeping its sub-team and notes; says where it went. */
export function useReschedule(targets: PlanTarget[]) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useCommandMutation('plans.updateTarget', { invalidates: [PLANS] });
  return (targetId: string, visitDate: string, timeSlot?: TimeSlot) => {
    const target = targets.find((x) => x.id === targetId);
    if (!target) return;
    const slot = timeSlot ?? target.timeSlot;
    if (target.visitDate === visitDate && target.timeSlot === slot) return;
    update.mutate(
      { id: target.id, visitDate, timeSlot: slot, subTeam: target.subTeam, notes: target.notes },
      {
        onSuccess: () =>
          void message.success(
            t('plans.targets.moved', { name: target.establishmentName, date: formatDate(visitDate), slot: t(`plans.slot.${slot}`).toLowerCase() }),
          ),
      },
    );
  };
}
