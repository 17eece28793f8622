import { BodyShort, Button, UNSAFE_Combobox, type ComboboxProps } from '@navikt/ds-react';
import { useEffect, useMemo, useRef } from 'react';

export interface SearchOption {
  id: string;
  name: string;
}

type ComboboxOption = NonNullable<ComboboxProps['selectedOptions']>[number] & { value: string; label: string };

export interface SearchComboboxProps {
  id: string;
  label: string;
  description?: string;
  // The chosen option, shown (and kept an option) even when it is not among the matches: the
  // caller keeps its name, so a choice past the first page of a list still reads by name.
  selected: SearchOption | undefined;
  // The server's matches for the typed text; undefined before anything is typed.
  matches: readonly SearchOption[] | undefined;
  loading: boolean;
  // What the live region says about the matches (their count, none, more than shown).
  status: string;
  // The text typed, at every key (the caller debounces before asking the server).
  onSearch: (text: string) => void;
  onChoose: (option: SearchOption | undefined) => void;
  // The button that takes the chosen option out (its text names it: "Ta bort Skola 150"); the
  // combobox's own way, Backspace in the empty field, is not one a user can see.
  clearLabel: string;
  error?: string;
  maxLength?: number;
}

// A single-choice combobox whose options come from a search on the server, not from a list
// loaded up front: the pickers of organisations and users (issue 15), which must reach every
// row, not the first hundred. Aksel's combobox brings the ARIA combobox pattern (label, arrow
// keys, Enter, Escape, the chosen value read out); it filters nothing itself here
// (`filteredOptions` is exactly the server's matches), so what is shown is what the server found.
export function SearchCombobox({
  id,
  label,
  description,
  selected,
  matches,
  loading,
  status,
  onSearch,
  onChoose,
  clearLabel,
  error,
  maxLength,
}: SearchComboboxProps) {
  // Aksel's listbox has no name of its own (axe: aria-input-field-name, serious) and no prop to
  // give it one: it is named by the field's label here, after every render (React leaves an
  // attribute it does not manage alone).
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    wrapper.current?.querySelector('[role="listbox"]')?.setAttribute('aria-label', label);
  });
  const matchOptions = useMemo<ComboboxOption[]>(
    () => (matches ?? []).map((m) => ({ value: m.id, label: m.name })),
    [matches],
  );
  const selectedOptions = useMemo<ComboboxOption[]>(
    () => (selected ? [{ value: selected.id, label: selected.name }] : []),
    [selected],
  );
  // Every option the combobox may show as chosen: the matches and the chosen one.
  const options = useMemo<ComboboxOption[]>(
    () =>
      selected && !matchOptions.some((o) => o.value === selected.id)
        ? [...selectedOptions, ...matchOptions]
        : matchOptions,
    [matchOptions, selected, selectedOptions],
  );
  return (
    <div ref={wrapper}>
      <UNSAFE_Combobox
        id={id}
        label={label}
        description={description}
        size="small"
        options={options}
        filteredOptions={matchOptions}
        selectedOptions={selectedOptions}
        isLoading={loading}
        shouldAutocomplete={false}
        onChange={onSearch}
        onToggleSelected={(value, isSelected) => {
          if (!isSelected) onChoose(undefined);
          else {
            const match = matches?.find((m) => m.id === value) ?? (selected?.id === value ? selected : undefined);
            if (match) onChoose(match);
          }
        }}
        error={error}
        maxLength={maxLength}
      />
      <div aria-live="polite">{status && <BodyShort size="small">{status}</BodyShort>}</div>
      {selected && (
        <Button size="xsmall" variant="tertiary" type="button" onClick={() => onChoose(undefined)}>
          {clearLabel}
        </Button>
      )}
    </div>
  );
}
