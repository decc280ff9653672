import { Col, Input } from 'antd';
import { App } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkDateOfBirth, isFutureDate, type AgeBand } from '../../../../../shared/minors/age';
import { MinorCreateInput, type Minor } from '../../../../../shared/schemas/inspection';
import { call } from '../../../api';
import { FormDrawer } from '../../../ui/FormDrawer';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { textValue } from '../../../ui/inputs';
import { useRecordForm } from '../../../ui/useRecordForm';
import { formatDate } from '../../plans/dates';
import { todayIso } from '../format';
import { INSPECTIONS } from '../queries';
import { factsOutside } from './bandFacts';
import { BandFields } from './BandFields';
import { ConditionFields } from './ConditionFields';
import { IdentityFields } from './IdentityFields';
import { liveAge } from './liveAge';
import { minorValuesOf } from './minorValues';
import { WorkFields } from './WorkFields';

interface MinorFormDrawerProps {
  open: boolean;
  onClose: () => void;
  inspectionId: string;
  inspectionDate: string;
  editing?: Minor;
}

/** The shared schema plus the checks that need the inspection date and today, so a wrong date of birth is flagged at once. */
function useMinorSchema(inspectionDate: string) {
  return useMemo(
    () =>
      MinorCreateInput.superRefine(
        (v, ctx) => {
          if (typeof v.dateOfBirth !== 'string' || !v.dateOfBirth) return;
          const check = checkDateOfBirth(v.dateOfBirth, inspectionDate);
          if (!check.ok) ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: check.error });
          // An inspection dated ahead may not carry a birth after today either (the service refuses it in the same words).
          else if (isFutureDate(v.dateOfBirth, todayIso())) {
            ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: `Ngày sinh không được sau ngày hôm nay (${formatDate(todayIso())})` });
          }
        },
        { when: () => true },
      ),
    [inspectionDate],
  );
}

/** Record or correct one child or minor worker found at the establishment. */
export function MinorFormDrawer({ open, onClose, inspectionId, inspectionDate, editing }: MinorFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const schema = useMinorSchema(inspectionDate);
  const { form, drawerProps } = useRecordForm({
    schema,
    values: editing ? minorValuesOf(editing) : { inspectionId, fullName: '' },
    createCommand: 'minors.create',
    updateCommand: 'minors.update',
    editing,
    reload: async () => {
      const minor = (await call('inspections.get', { id: inspectionId })).minors.find((m) => m.id === editing?.id);
      return minor && { values: minorValuesOf(minor), version: minor.version };
    },
    display: (field, value) => {
      if (typeof value !== 'string') return undefined;
      if (field === 'sex') return t(`inspections.sex.${value as Minor['sex']}`);
      if (field === 'schooling') return t(`inspections.schooling.${value as NonNullable<Minor['schooling']>}`);
      return undefined;
    },
    invalidates: [INSPECTIONS],
    onSaved: (minor) => {
      void message.success(t('common.savedDone', { name: minor.fullName }));
      onClose();
    },
  });
  const [birthUnknown, setBirthUnknown] = useState(Boolean(editing && !editing.dateOfBirth));
  const dateOfBirth = form.watch('dateOfBirth');
  const estimatedAge = form.watch('estimatedAge');
  const live = liveAge(dateOfBirth || undefined, estimatedAge ?? undefined, inspectionDate);
  const band: AgeBand | undefined = live.state === 'ok' ? live.band : undefined;

  // A fact asked for one age band is dropped when a corrected birth date moves the child to another.
  const previousBand = useRef(band);
  useEffect(() => {
    if (band && previousBand.current && band !== previousBand.current) {
      for (const fact of factsOutside(band)) form.setValue(fact, undefined, { shouldDirty: true });
    }
    if (band) previousBand.current = band;
  }, [band, form]);

  const switchBirthUnknown = (unknown: boolean) => {
    setBirthUnknown(unknown);
    form.setValue(unknown ? 'dateOfBirth' : 'estimatedAge', undefined);
    form.clearErrors(['dateOfBirth', 'estimatedAge']);
  };
  const title = editing ? t('inspections.minor.editTitle', { name: editing.fullName }) : t('inspections.minor.createTitle');

  return (
    <FormDrawer open={open} title={title} onClose={onClose} width={820} {...drawerProps}>
      <IdentityFields form={form} live={live} birthUnknown={birthUnknown} onBirthUnknown={switchBirthUnknown} />
      <WorkFields form={form} />
      <ConditionFields form={form} live={live} />
      <BandFields form={form} live={live} />
      <FormSection title={t('inspections.minor.notesTitle')}>
        <Col span={24}>
          <FormField control={form.control} name="notes" label={t('inspections.minor.notes')}>
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 2, maxRows: 6 }} />}
          </FormField>
        </Col>
      </FormSection>
    </FormDrawer>
  );
}
