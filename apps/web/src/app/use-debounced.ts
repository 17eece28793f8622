import { useEffect, useState } from 'react';

// The value as it was `delay` ms after it last changed: a search field asks the server once the
// typing pauses, not at every key.
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
