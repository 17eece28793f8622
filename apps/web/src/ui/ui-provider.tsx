// Aksel's CSS without global/fonts.css: that file loads Source Sans 3 from NAV's CDN, a
// third-party request the Content Security Policy refuses and a privacy leak besides. The
// font stack falls back to Arial-metric system fonts.
import '@navikt/ds-css/dist/global/reset.css';
import '@navikt/ds-css/dist/global/tokens.css';
import '@navikt/ds-css/dist/global/baseline.css';
import '@navikt/ds-css/dist/global/print.css';
import '@navikt/ds-css/dist/components.css';
import './brygga.css';

import { Provider } from '@navikt/ds-react';
import { nb } from '@navikt/ds-react/locales';
import type { ReactNode } from 'react';

// Aksel ships Norwegian and English only. Brygga starts from the Norwegian locale (for its
// shape) and overrides every string a screen can show in Swedish.
const sv = {
  global: {
    showMore: 'Visa mer',
    showLess: 'Visa mindre',
    readOnly: 'Skrivskyddad',
    close: 'Stäng',
    error: 'Fel',
    info: 'Information',
    success: 'Klart',
    warning: 'Varning',
    announcement: 'Meddelande',
  },
  ErrorSummary: { heading: 'Rätta följande innan du fortsätter:' },
  Loader: { title: 'Laddar…' },
  Pagination: { previous: 'Föregående', next: 'Nästa' },
  Search: { clear: 'Töm fältet', search: 'Sök' },
  HelpText: { title: 'Mer information' },
  Textarea: {
    maxLength: 'Textfält med plats för {maxLength} tecken.',
    charsTooMany: '{chars} tecken för mycket',
    charsLeft: '{chars} tecken kvar',
  },
  CopyButton: { title: 'Kopiera', activeText: 'Kopierat!' },
  Combobox: {
    addOption: 'Lägg till',
    noMatches: 'Inga träffar',
    loading: 'Söker…',
    maxSelected: '{selected} av högst {limit} är valda.',
  },
  Process: { active: 'Pågår' },
} as const;

export function UiProvider({ children }: { children: ReactNode }) {
  return (
    <Provider locale={nb} translations={sv}>
      {children}
    </Provider>
  );
}
