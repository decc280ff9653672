import { Form } from 'antd';
import type { ReactElement } from 'react';
import { Controller, type Control, type ControllerRenderProps, type FieldValues, type Path } from 'react-hook-form';

interface RowFieldProps<F extends FieldValues, T> {
  control: Control<F, unknown, T>;
  name: Path<F>;
  children: (field: ControllerRenderProps<F, Path<F>> & { 'aria-invalid'?: boolean }) => ReactElement;
}

/**
 * A form control inside a table row: no visible label (the column header is one; the control
 * carries an aria-label), its error right under it, e.g. an issue at ['members', 1, 'role'].
 */
export function RowField<F extends FieldValues, T>({ control, name, children }: RowFieldProps<F, T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item style={{ marginBottom: 0 }} validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message}>
          {children({ ...field, 'aria-invalid': fieldState.invalid || undefined })}
        </Form.Item>
      )}
    />
  );
}
