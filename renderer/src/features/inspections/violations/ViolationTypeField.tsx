import { Col, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../../shared/catalogue/schema';
import { proposedFine } from '../../../../../shared/minors/fines';
import type { EstablishmentKind } from '../../../../../shared/schemas/establishment';
import { FormField } from '../../../ui/FormField';
import { SearchSelect } from '../../../ui/SearchSelect';
import { UnverifiedTag } from '../tags';
import type { ViolationForm } from './violationValues';

interface ViolationTypeFieldProps {
  form: ViolationForm;
  catalogue: Catalogue | undefined;
  establishmentKind: EstablishmentKind;
}

/** The act, chosen from the catalogue the record was made with; its wording and provision are shown under it. */
export function ViolationTypeField({ form, catalogue, establishmentKind }: ViolationTypeFieldProps) {
  const { t } = useTranslation();
  const types = catalogue?.violationTypes ?? [];
  const chosen = types.find((type) => type.code === form.watch('typeCode'));
  return (
    <Col span={24}>
      <FormField control={form.control} name="typeCode" label={t('inspections.violation.type')} required>
        {(field) => (
          <SearchSelect
            {...field}
            value={(field.value as string | undefined) || undefined}
            loading={!catalogue}
            placeholder={t('inspections.violation.typePlaceholder')}
            options={types.map((type) => ({ value: type.code, label: `${type.code} — ${type.summary}` }))}
            onChange={(code) => {
              field.onChange(code ?? '');
              const type = types.find((x) => x.code === code);
              // The default amount is the middle of the bracket; the inspector may change it.
              form.setValue('proposedFine', type ? proposedFine(type, establishmentKind) : undefined, { shouldValidate: true });
              if (type?.remedial && !form.getValues('remedialRequest')) form.setValue('remedialRequest', type.remedial);
            }}
          />
        )}
      </FormField>
      {chosen && (
        <Flex vertical gap={4} style={{ background: '#f6f8fb', borderRadius: 6, padding: '8px 12px', margin: '-8px 0 16px' }}>
          <Typography.Text style={{ fontSize: 13 }}>{chosen.title}</Typography.Text>
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>{chosen.legalReference}</Typography.Text>
            {!chosen.verified && <UnverifiedTag />}
          </Flex>
        </Flex>
      )}
    </Col>
  );
}
