// The one layer over the design system (Aksel, @navikt/ds-react 8.15.0). Pages import from
// here only (eslint `no-restricted-imports`), so changing or theming the design system is a
// change in this folder. Components that need Brygga behaviour (focus, error summary, tables)
// are our own; the rest are re-exported unchanged.
export {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Checkbox,
  CheckboxGroup,
  Detail,
  ErrorMessage,
  Fieldset,
  HGrid,
  HStack,
  Heading,
  Label,
  Link,
  List,
  Loader,
  Modal,
  Radio,
  RadioGroup,
  Search,
  Select,
  Skeleton,
  Tag,
  TextField,
  Textarea,
  VStack,
} from '@navikt/ds-react';
export type { SortState } from '@navikt/ds-react';
export { UiProvider } from './ui-provider';
export { focusNextHeading, PageHeading } from './page-heading';
export { FormErrorSummary, type FieldError } from './form-error-summary';
export { DataTable, type DataTableColumn } from './data-table';
export { Header, HeaderButton, HeaderTitle, type HeaderProps } from './header';
export { LinkButton } from './link-button';
export { LoadingState } from './loading-state';
export { useFocusOnOpen } from './focus-on-open';
// ConfirmDialog is imported from './confirm-dialog' directly (see there: the web budget).
export { BarChart, type Bar } from './bar-chart';
// SearchCombobox is imported from './search-combobox' directly (the web budget, as ConfirmDialog).
