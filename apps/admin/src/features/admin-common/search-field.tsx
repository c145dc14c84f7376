import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

/** A list's search box: what is typed, and the same trimmed 300 ms after the last key. */
export interface Search {
  text: string;
  setText: (text: string) => void;
  /** The words to ask the server for (`''` for none). */
  query: string;
}

/** The state of a list's search box (see `SearchField`). */
export function useSearch(): Search {
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 300);
  return { text, setText, query };
}

/** The search box above a list, `w` wide. */
export function SearchField({ label, w, search }: { label: string; w: number; search: Search }) {
  return (
    <TextInput
      label={label}
      type="search"
      w={w}
      value={search.text}
      onChange={(e) => search.setText(e.currentTarget.value)}
    />
  );
}
