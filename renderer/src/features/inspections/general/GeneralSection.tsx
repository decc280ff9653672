import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InspectionUpdateInput } from '../../../../../shared/schemas/inspection';
import { call } from '../../../api';
import { updateFieldsOf, updateInputOf, type FormValues, type LoadedRecord } from '../../../ui/conflict/updateInput';
import { DraftNotice } from '../../../ui/drafts/DraftNotice';
import { withDraft, type FormDraft } from '../../../ui/drafts/formDraft';
import { useDraft } from '../../../ui/drafts/useDraft';
import { FieldLabelsProvider, useFieldLabelRegistry } from '../../../ui/fieldLabels';
import { keepEnterInPickers } from '../../../ui/FormDrawer';
import { clearUnsaved, useUnsavedGuard } from '../../../ui/unsaved/unsavedStore';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useZodForm } from '../../../ui/useZodForm';
import { useOfficials } from '../../directory/queries';
import type { TeamRole } from '../../plans/labels';
import { officialLabel } from '../../plans/team/OfficialPicker';
import { INSPECTIONS } from '../queries';
import type { SectionProps } from '../record/sectionProps';
import { hasChanges } from '../../../ui/hasChanges';
import { SaveBar } from '../record/SaveBar';
import { useReportDirty } from '../record/useUnsavedSections';
import { GENERAL_FIELDS, generalValuesOf } from './generalValues';
import { PeopleListField } from './PeopleListField';
import { StatementFields } from './StatementFields';
import { TeamPresentField } from './TeamPresentField';
import { TimePlaceFields } from './TimePlaceFields';

/** "Thông tin chung": time, place, who was present and what was said — the head of the minutes. */
export function GeneralSection({ detail, locked, onDirty }: SectionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = useZodForm(InspectionUpdateInput, generalValuesOf(detail.inspection));
  const labels = useFieldLabelRegistry();
  const officials = useOfficials({});
  // The values and version the form holds; a save sends what changed since, on that version.
  const loaded = useRef<LoadedRecord>({ id: detail.inspection.id, version: detail.inspection.version, values: generalValuesOf(detail.inspection) });
  // Bumped on each load: the fields mount afresh, so a value the record no longer has shows empty.
  const [generation, setGeneration] = useState(0);
  const load = (values: FormValues, version: number) => {
    loaded.current = { id: detail.inspection.id, version, values };
    form.reset(values);
    setGeneration((g) => g + 1);
  };
  const save = useCommandMutation('inspections.update', {
    invalidates: [INSPECTIONS],
    form: { setError: form.setError, fields: GENERAL_FIELDS },
    conflict: {
      fields: () => updateFieldsOf('inspections.update'),
      mine: () => form.getValues() as FormValues,
      current: async () => {
        const { inspection } = await call('inspections.get', { id: detail.inspection.id });
        return { values: generalValuesOf(inspection), version: inspection.version };
      },
      labelOf: (field) => labels.labelOf(field),
      display: (field, value) => {
        if (field !== 'teamPresent' || !Array.isArray(value) || value.length === 0) return undefined;
        return (value as { officialId?: string; role?: TeamRole }[])
          .map((m) => {
            const official = officials.data?.find((o) => o.id === m.officialId);
            return `${official ? officialLabel(official) : m.officialId} (${m.role ? t(`plans.role.${m.role}`) : '—'})`;
          })
          .join('; ');
      },
      reload: (fresh) => load(fresh.values, fresh.version),
    },
    onSuccess: (saved) => {
      clearUnsaved(guardId);
      draft.discard();
      load(generalValuesOf(saved.inspection), saved.inspection.version);
      void message.success(t('inspections.general.saved'));
    },
  });
  const formError = form.formState.errors.root?.server?.message;
  const dirty = hasChanges(form.formState.dirtyFields);
  const guardId = useUnsavedGuard(!locked && dirty, t('inspections.tab.general'));
  // Typed but not saved: kept aside, offered back after a reload or a crash.
  const draft = useDraft<FormDraft>({
    key: `inspections.update:${detail.inspection.id}`,
    enabled: !locked,
    value: dirty ? { base: loaded.current.values, values: form.getValues() as FormValues, version: loaded.current.version } : undefined,
  });
  const restoreDraft = () => {
    const found = draft.takeOffer();
    if (!found) return;
    form.reset(withDraft(form.getValues() as FormValues, found), { keepDefaultValues: true });
    setGeneration((g) => g + 1);
    void message.info(t('ui.draft.restored'));
  };
  useReportDirty(dirty || Boolean(draft.offer), onDirty);
  const person = (key: 'name' | 'position' | 'idNumber' | 'organisation', span: number, required = false) => ({ key, span, required, label: t(`inspections.person.${key}`) });
  // "Ông" / "Bà" before the name on the papers.
  const sex = { key: 'sex', span: 3, label: t('inspections.person.sex'), choice: 'sex' as const };

  return (
    <form noValidate onKeyDown={keepEnterInPickers} onSubmit={form.handleSubmit((values) => save.mutate(updateInputOf('inspections.update', loaded.current, values as FormValues)))}>
      {draft.offer && (
        <DraftNotice
          savedAt={draft.offer.savedAt}
          stale={draft.offer.data.version !== loaded.current.version}
          onRestore={restoreDraft}
          onDiscard={draft.discard}
        />
      )}
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form component="div" layout="vertical" disabled={locked} style={{ maxWidth: 980 }}>
        <FieldLabelsProvider key={generation} registry={labels}>
        <TimePlaceFields form={form} />
        <TeamPresentField form={form} locked={locked} />
        <PeopleListField
          form={form}
          name="representatives"
          title={t('inspections.general.representatives')}
          columns={[person('name', 7, true), sex, person('position', 7), { ...person('idNumber', 5), placeholder: t('inspections.placeholder.idNumber') }]}
          addLabel={t('inspections.general.addRepresentative')}
          emptyText={t('inspections.general.representativesEmpty')}
          locked={locked}
        />
        <PeopleListField
          form={form}
          name="otherParticipants"
          title={t('inspections.general.participants')}
          columns={[person('name', 7, true), sex, person('position', 5), { ...person('organisation', 7), placeholder: t('inspections.placeholder.organisation') }]}
          addLabel={t('inspections.general.addParticipant')}
          emptyText={t('inspections.general.participantsEmpty')}
          locked={locked}
        />
        <StatementFields form={form} />
        </FieldLabelsProvider>
      </Form>
      {!locked && (
        <SaveBar dirty={dirty} draftSavedAt={draft.savedAt}>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={save.isPending}>
            {t('inspections.general.save')}
          </Button>
        </SaveBar>
      )}
    </form>
  );
}
