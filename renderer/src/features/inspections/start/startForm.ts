import type { UseFormReturn } from 'react-hook-form';
import type * as z from 'zod';
import type { InspectionCreateInput } from '../../../../../shared/schemas/inspection';

export type StartForm = UseFormReturn<z.input<typeof InspectionCreateInput>, unknown, z.output<typeof InspectionCreateInput>>;
