import { Form } from 'antd';
import { useId, useRef, type ReactElement, type ReactNode } from 'react';
import { Controller, useFormState, type Control, type ControllerRenderProps, type FieldValues, type Path } from 'react-hook-form';
import { useRegisterFieldLabel } from './fieldLabels';

export type FieldBinding<F extends FieldValues> = ControllerRenderProps<F, Path<F>> & {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
};

interface FormFieldProps<F extends FieldValues, T> {
  control: Control<F, unknown, T>;
  name: Path<F>;
  label: ReactNode;
  required?: boolean;
  extra?: ReactNode;
  children: (field: FieldBinding<F>) => ReactElement;
}

/**
 * One labelled form row: binds a react-hook-form field to an antd input and shows its error under
 * it — once the user has left the field, tried to save since it appeared, or the service refused
 * it. A row just added to a list (a representative, a commitment item) is not flagged "Bắt buộc
 * nhập" before anyone could type in it, even when the list as a whole is checked at once.
 */
export function FormField<F extends FieldValues, T>({ control, name, label, required, extra, children }: FormFieldProps<F, T>) {
  const id = useId();
  useRegisterFieldLabel(name, label);
  const { submitCount } = useFormState({ control });
  const bornAt = useRef(submitCount);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState: state }) => {
        const due = state.isTouched || submitCount > bornAt.current || state.error?.type === 'server';
        const fieldState = due ? state : { ...state, error: undefined, invalid: false };
        return (
          <Form.Item
            label={label}
            htmlFor={id}
            required={required}
            extra={extra}
            validateStatus={fieldState.error ? 'error' : undefined}
            help={fieldState.error && <span id={`${id}-error`}>{fieldState.error.message}</span>}
          >
            {children({
              ...field,
              id,
              // Screen readers announce the field as invalid and read the message with it.
              'aria-invalid': fieldState.invalid || undefined,
              'aria-describedby': fieldState.error ? `${id}-error` : undefined,
            })}
          </Form.Item>
        );
      }}
    />
  );
}
