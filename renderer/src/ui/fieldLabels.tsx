import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { fieldLabel as sharedFieldLabel } from '../../../shared/field-labels';

interface Registered {
  label: string;
  section?: string;
}

/**
 * The labels a form shows, collected from its FormFields as they render, so the conflict dialog
 * names each field exactly as the form does, with no list to keep in step.
 */
export class FieldLabelRegistry {
  private readonly labels = new Map<string, Registered>();

  register(name: string, label: string, section?: string): void {
    this.labels.set(name, { label, section });
  }

  /** The form's label of a top-level field; a label used twice (e.g. "Họ và tên") is prefixed with its section. */
  labelOf(field: string): string {
    const own = this.labels.get(field);
    if (own) {
      const twice = [...this.labels.entries()].some(([name, r]) => name !== field && !name.includes('.') && r.label === own.label);
      return twice && own.section ? `${own.section} — ${own.label}` : own.label;
    }
    // A list edited row by row (team, representatives, items): named by its section.
    const nested = [...this.labels.entries()].find(([name]) => name.startsWith(`${field}.`));
    if (nested?.[1].section) return nested[1].section;
    const shared = sharedFieldLabel([field]);
    return shared !== field ? shared : field;
  }
}

const RegistryContext = createContext<FieldLabelRegistry | undefined>(undefined);
const SectionContext = createContext<string | undefined>(undefined);

/** One registry per form, kept for the form's life. */
export function useFieldLabelRegistry(): FieldLabelRegistry {
  return useState(() => new FieldLabelRegistry())[0];
}

export function FieldLabelsProvider({ registry, children }: { registry: FieldLabelRegistry | undefined; children: ReactNode }) {
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

/** Set by FormSection: the title its fields are grouped under. */
export function SectionTitleProvider({ title, children }: { title: ReactNode; children: ReactNode }) {
  return <SectionContext.Provider value={typeof title === 'string' ? title : undefined}>{children}</SectionContext.Provider>;
}

/** Called by FormField: records the label shown for `name` in the enclosing form's registry. */
export function useRegisterFieldLabel(name: string, label: ReactNode): void {
  const registry = useContext(RegistryContext);
  const section = useContext(SectionContext);
  useEffect(() => {
    if (registry && typeof label === 'string') registry.register(name, label, section);
  }, [registry, name, label, section]);
}
