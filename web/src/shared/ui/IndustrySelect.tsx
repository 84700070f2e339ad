import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { industryCodes, type IndustryCode } from '@domain/industries';
import { useFormat } from '../format/useFormat';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value?: IndustryCode | null;
  onChange: (code: IndustryCode | null) => void;
  /** Offer only these (e.g. the industries in use); every section by default. */
  codes?: readonly IndustryCode[];
};

/** An industry from the controlled list (NACE sections A–U), named in the user's language and found by typing. */
export function IndustrySelect({ value, onChange, codes = industryCodes, ...props }: Props) {
  const format = useFormat();
  const data = useMemo(
    () =>
      [...new Set([...codes, ...(value ? [value] : [])])]
        .map((code) => ({ value: code, label: format.industry(code) }))
        .sort((a, b) => a.label.localeCompare(b.label, format.locale)),
    [codes, value, format],
  );
  return (
    <Select
      data={data}
      searchable
      clearable
      value={value ?? null}
      onChange={(v) => onChange((v as IndustryCode | null) ?? null)}
      {...props}
    />
  );
}
