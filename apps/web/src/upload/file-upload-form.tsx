import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorMessageKey } from '../app/api-error';
import { useSessionStore } from '../session/session-context';
import { uploadFile } from '../target-group/upload';
import { Alert, BodyShort, Button, Fieldset, List, VStack } from '../ui';

// What a failed import says: a message and, for a file refused by its rows, one line per row.
export interface UploadProblem {
  message: string;
  rows: string[];
}

export interface FileUploadFormProps {
  legend: string;
  description?: ReactNode;
  submitLabel: string;
  accept?: string;
  // Reads the uploaded file (its id from POST /files) and answers what to say on success.
  onUploaded: (fileId: string, file: File) => Promise<ReactNode>;
  // The words of a failure the page knows (its import's codes); undefined for the form's own
  // wording of the file's codes (FILE_*) or the app's generic one.
  describeError: (error: unknown) => UploadProblem | undefined;
}

const FILE_CODES = new Set([
  'FILE_TOO_LARGE',
  'FILE_NOT_FOUND',
  'FILE_EMPTY',
  'FILE_FORMAT_UNSUPPORTED',
  'FILE_ENCODING_UNSUPPORTED',
  'FILE_ENCODING_INVALID',
  'FILE_HEADER_MISSING',
  'FILE_CSV_INVALID',
  'FILE_CELL_FORMULA',
  'FILE_SHEET_MISSING',
] as const);
type FileCode = typeof FILE_CODES extends Set<infer T> ? T : never;

// The one upload form of the app's import pages (signals, absence days): a file input with its
// label and error, the upload to POST /files, the page's import of the uploaded file, a status
// while it runs, and then the result or the refusal with the refused rows by line.
export function FileUploadForm({
  legend,
  description,
  submitLabel,
  accept = '.csv,.txt,.xlsx,text/csv',
  onUploaded,
  describeError,
}: FileUploadFormProps) {
  const { t } = useTranslation();
  const store = useSessionStore();
  const inputId = useId();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<UploadProblem>();
  const [fileError, setFileError] = useState<string>();
  const [result, setResult] = useState<ReactNode>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setResult(undefined);
    setFileError(file ? undefined : t('upload.chooseFile'));
    if (!file) return;
    try {
      setBusy(t('upload.uploading', { file: file.name }));
      const fileId = await uploadFile(await store.token(), file);
      setResult(await onUploaded(fileId, file));
    } catch (error) {
      const code = errorCode(error);
      setProblem(
        describeError(error) ?? {
          message: FILE_CODES.has(code as FileCode)
            ? t(`upload.errors.${code as FileCode}`)
            : t(errorMessageKey(error)),
          rows: [],
        },
      );
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="brygga-narrow">
      <Fieldset legend={legend} description={description}>
        <VStack gap="space-16">
          {problem && (
            <Alert variant="error" role="alert">
              <BodyShort>{problem.message}</BodyShort>
              {problem.rows.length > 0 && (
                <List>
                  {problem.rows.map((row) => (
                    <List.Item key={row}>{row}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          {result && (
            <Alert variant="success" role="status">
              {result}
            </Alert>
          )}
          <VStack gap="space-4">
            <label htmlFor={inputId} className="navds-label">
              {t('upload.file')}
            </label>
            <input
              id={inputId}
              type="file"
              accept={accept}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? `${inputId}-error` : undefined}
              onChange={(e) => setFile(e.target.files?.[0])}
            />
            {fileError && (
              <BodyShort id={`${inputId}-error`} className="navds-error-message">
                {fileError}
              </BodyShort>
            )}
          </VStack>
          {busy && <BodyShort role="status">{busy}</BodyShort>}
          <div>
            <Button type="submit" loading={busy !== undefined}>
              {submitLabel}
            </Button>
          </div>
        </VStack>
      </Fieldset>
    </form>
  );
}
