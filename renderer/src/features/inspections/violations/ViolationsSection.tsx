import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Violation, ViolationSuggestion } from '../../../../../shared/schemas/inspection';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useDrawerState } from '../../../ui/useDrawerState';
import { INSPECTIONS, useCatalogue, useSuggestions } from '../queries';
import type { SectionProps } from '../record/sectionProps';
import { useConfirmRemove } from '../useConfirmRemove';
import { SuggestionCard } from './SuggestionCard';
import { ViolationFormDrawer } from './ViolationFormDrawer';
import { ViolationTable } from './ViolationTable';

const heading = (text: string) => (
  <Typography.Title level={5} style={{ margin: '8px 0 12px' }}>
    {text}
  </Typography.Title>
);

/** "Vi phạm": suggestions drawn from the facts about the minors, and the violations recorded. */
export function ViolationsSection({ detail, locked }: SectionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const inspectionId = detail.inspection.id;
  const suggestions = useSuggestions(inspectionId);
  const catalogue = useCatalogue(detail.inspection.catalogueVersion);
  const drawer = useDrawerState<Violation>();
  const confirmRemove = useConfirmRemove('violations.remove');
  const accept = useCommandMutation('violations.create', {
    invalidates: [INSPECTIONS],
    onSuccess: (v) => void message.success(t('inspections.violation.accepted', { code: v.typeCode })),
  });
  const dismiss = useCommandMutation('violations.dismiss', {
    invalidates: [INSPECTIONS],
    onSuccess: () => void message.info(t('inspections.violation.dismissed')),
  });
  const acceptSuggestion = (s: ViolationSuggestion) =>
    accept.mutate({
      inspectionId,
      typeCode: s.typeCode,
      minorIds: s.minorIds,
      facts: s.reasons.join('\n'),
      proposedFine: s.proposedFine,
      remedialRequest: catalogue.data?.violationTypes.find((type) => type.code === s.typeCode)?.remedial,
      recordMade: false,
      origin: 'suggestion',
    });
  const busyCode = accept.isPending ? accept.variables?.typeCode : dismiss.isPending ? dismiss.variables?.typeCode : undefined;
  const pending = suggestions.data ?? [];

  return (
    <>
      {pending.length > 0 && (
        <section aria-label={t('inspections.violation.suggestionsTitle', { count: pending.length })} style={{ marginBottom: 24 }}>
          {heading(t('inspections.violation.suggestionsTitle', { count: pending.length }))}
          <Typography.Paragraph type="secondary">{t('inspections.violation.suggestionsHint')}</Typography.Paragraph>
          <Flex vertical gap={12}>
            {pending.map((s) => (
              <SuggestionCard
                key={s.typeCode}
                suggestion={s}
                minors={detail.minors}
                locked={locked}
                busy={busyCode === s.typeCode}
                onAccept={() => acceptSuggestion(s)}
                onDismiss={() => dismiss.mutate({ inspectionId, typeCode: s.typeCode, minorIds: s.minorIds })}
              />
            ))}
          </Flex>
        </section>
      )}
      {pending.length === 0 && detail.minors.length > 0 && suggestions.isSuccess && (
        <Typography.Paragraph type="secondary">{t('inspections.violation.noSuggestions')}</Typography.Paragraph>
      )}
      <section aria-label={t('inspections.violation.recordedTitle', { count: detail.violations.length })}>
        <Flex justify="space-between" align="center">
          {heading(t('inspections.violation.recordedTitle', { count: detail.violations.length }))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show()} disabled={locked}>
            {t('inspections.violation.add')}
          </Button>
        </Flex>
        <ViolationTable
          violations={detail.violations}
          minors={detail.minors}
          locked={locked}
          onEdit={(v) => drawer.show(v)}
          onDelete={(v) => confirmRemove({ id: v.id, version: v.version, title: t('inspections.violation.deleteConfirm', { code: v.typeCode }) })}
        />
      </section>
      <ViolationFormDrawer key={drawer.key} open={drawer.open} onClose={drawer.close} detail={detail} catalogue={catalogue.data} editing={drawer.payload} />
    </>
  );
}
