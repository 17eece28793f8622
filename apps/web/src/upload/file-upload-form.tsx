import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorDetails, errorMessageKey } from '../app/api-error';
import { useSessionStore } from '../session/session-context';
import { uploadFile } from './upload-file';
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
  // The file input's label; "Fil" when not given.
  fileLabel?: string;
  // Several files at once: each is uploaded and read in turn, and the first refusal stops.
  multiple?: boolean;
  // The status while a file uploads and is read; "Laddar upp {file} …" when not given.
  busyText?: (file: File) => string;
  // The page's own fields (a date, a school), shown under the file input.
  children?: ReactNode;
  // Checks the page's own fields when the form is sent, beside the file check; false sends
  // nothing (the page shows its fields' errors).
  validate?: () => boolean;
  // Forgets the chosen files once they are read, for pages where sending again is a new import.
  clearAfterUpload?: boolean;
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

// The one upload form of the app's import pages (signals, absence days, the target-group lists,
// the register import): a file input with its label and error, the page's own fields, the
// upload to POST /files, the page's import of the uploaded file, a status while it runs, and then
// the result or the refusal (the FILE_* codes in the form's words, the page's codes in its own)
// with the refused rows by line.
export function FileUploadForm({
  legend,
  description,
  submitLabel,
  accept = '.csv,.txt,.xlsx,text/csv',
  fileLabel,
  multiple = false,
  busyText,
  children,
  validate,
  clearAfterUpload = false,
  onUploaded,
  describeError,
}: FileUploadFormProps) {
  const { t } = useTranslation();
  const store = useSessionStore();
  const inputId = useId();
  const [files, setFiles] = useState<File[]>([]);
  // A new input once the files are read: a file input's chosen files cannot be set from code.
  const [inputKey, setInputKey] = useState(0);
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<UploadProblem>();
  const [fileError, setFileError] = useState<string>();
  const [results, setResults] = useState<ReactNode[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setResults([]);
    const fieldsValid = validate ? validate() : true;
    setFileError(files.length > 0 ? undefined : t('upload.chooseFile'));
    if (files.length === 0 || !fieldsValid) return;
    try {
      for (const file of files) {
        setBusy(busyText ? busyText(file) : t('upload.uploading', { file: file.name }));
        const fileId = await uploadFile(await store.token(), file);
        const result = await onUploaded(fileId, file);
        if (result !== undefined && result !== null) setResults((done) => [...done, result]);
      }
      if (clearAfterUpload) {
        setFiles([]);
        setInputKey((key) => key + 1);
      }
    } catch (error) {
      const code = errorCode(error);
      const line = errorDetails(error).line;
      setProblem(
        describeError(error) ?? {
          // A file mixing encodings names the line where the mix starts (docs/ERRORS.md).
          message:
            code === 'FILE_ENCODING_INVALID' && typeof line === 'number'
              ? t('upload.encodingInvalidAt', { line })
              : FILE_CODES.has(code as FileCode)
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
          {results.length > 0 && (
            <Alert variant="success" role="status">
              {results.length === 1 ? (
                results[0]
              ) : (
                <VStack gap="space-8">
                  {results.map((result, index) => (
                    // The results of one send, in the order of its files; never reordered.
                    <div key={index}>{result}</div>
                  ))}
                </VStack>
              )}
            </Alert>
          )}
          <VStack gap="space-4">
            <label htmlFor={inputId} className="navds-label">
              {fileLabel ?? t('upload.file')}
            </label>
            <input
              key={inputKey}
              id={inputId}
              type="file"
              accept={accept}
              multiple={multiple}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? `${inputId}-error` : undefined}
              onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
            />
            {fileError && (
              <BodyShort id={`${inputId}-error`} className="navds-error-message">
                {fileError}
              </BodyShort>
            )}
          </VStack>
          {children}
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
