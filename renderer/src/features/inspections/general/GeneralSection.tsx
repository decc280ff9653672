import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { InspectionUpdateInput } from '../../../../../shared/schemas/inspection';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useZodForm } from '../../../ui/useZodForm';
import { INSPECTIONS } from '../queries';
import type { SectionProps } from '../record/sectionProps';
import { hasChanges } from '../record/hasChanges';
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
  const save = useCommandMutation('inspections.update', {
    invalidates: [INSPECTIONS],
    form: { setError: form.setError, fields: GENERAL_FIELDS },
    onSuccess: (saved) => {
      form.reset(generalValuesOf(saved.inspection));
      void message.success(t('inspections.general.saved'));
    },
  });
  const formError = form.formState.errors.root?.server?.message;
  const dirty = hasChanges(form.formState.dirtyFields);
  useReportDirty(dirty, onDirty);
  const person = (key: 'name' | 'position' | 'idNumber' | 'organisation', span: number, required = false) => ({ key, span, required, label: t(`inspections.person.${key}`) });

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))}>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form component="div" layout="vertical" disabled={locked} style={{ maxWidth: 980 }}>
        <TimePlaceFields form={form} />
        <TeamPresentField form={form} locked={locked} />
        <PeopleListField
          form={form}
          name="representatives"
          title={t('inspections.general.representatives')}
          columns={[person('name', 9, true), person('position', 7), { ...person('idNumber', 6), placeholder: t('inspections.placeholder.idNumber') }]}
          addLabel={t('inspections.general.addRepresentative')}
          emptyText={t('inspections.general.representativesEmpty')}
          locked={locked}
        />
        <PeopleListField
          form={form}
          name="otherParticipants"
          title={t('inspections.general.participants')}
          columns={[person('name', 8, true), person('position', 6), { ...person('organisation', 8), placeholder: t('inspections.placeholder.organisation') }]}
          addLabel={t('inspections.general.addParticipant')}
          emptyText={t('inspections.general.participantsEmpty')}
          locked={locked}
        />
        <StatementFields form={form} />
      </Form>
      {!locked && (
        <SaveBar dirty={dirty}>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={save.isPending}>
            {t('inspections.general.save')}
          </Button>
        </SaveBar>
      )}
    </form>
  );
}
