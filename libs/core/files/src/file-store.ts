import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

import { Clock } from '@app/core/clock';
import { TransactionHost } from '@app/core/database';
import { DomainError, ErrorCode } from '@app/core/errors';

import { FilePurpose, StoredFileEntity } from './stored-file.entity';
import { openTable, type Table, type TableLogger } from './table-reader';

const CHUNK_BYTES = 1024 * 1024;
const DAY_MS = 86_400_000;

export interface NewFile {
  municipalityId: string;
  createdById: string | null;
  purpose: FilePurpose;
  fileName: string;
  contentType: string;
  // Days until the file is deleted by the expiry job.
  keepDays: number;
  // Refused (and nothing kept) when the content is larger.
  maxBytes: number;
}

// Writes and reads files in PostgreSQL, one chunk at a time. Writes run outside any transaction
// of the caller (each chunk commits on its own) so that an upload of many megabytes never holds
// a transaction open; a file counts only once it is complete, and an interrupted one is deleted.
export class FileStore {
  constructor(
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
    // The api's logger, for the table reader to say why a stored workbook could not be read.
    private readonly logger?: TableLogger,
  ) {}

  async write(file: NewFile, content: AsyncIterable<Buffer | string>): Promise<StoredFileEntity> {
    const db = this.tx.manager.connection;
    const now = this.clock.now();
    const row = await db.getRepository(StoredFileEntity).save(
      db.getRepository(StoredFileEntity).create({
        municipalityId: file.municipalityId,
        createdById: file.createdById,
        purpose: file.purpose,
        fileName: file.fileName.slice(0, 255),
        contentType: file.contentType.slice(0, 255),
        byteSize: 0,
        sha256: null,
        complete: false,
        createdAt: now,
        expiresAt: new Date(now.getTime() + file.keepDays * DAY_MS),
      }),
    );
    const hash = createHash('sha256');
    let size = 0;
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async (): Promise<void> => {
      if (pendingBytes === 0) return;
      const data = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      await db.query('INSERT INTO stored_file_chunk (file_id, seq, data) VALUES ($1, $2, $3)', [row.id, seq, data]);
      seq += 1;
    };
    try {
      for await (const part of content) {
        const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
        size += bytes.length;
        if (size > file.maxBytes) {
          throw new DomainError(ErrorCode.FILE_TOO_LARGE, `The file is larger than ${file.maxBytes} bytes`, {
            maxBytes: file.maxBytes,
          });
        }
        hash.update(bytes);
        pending.push(bytes);
        pendingBytes += bytes.length;
        if (pendingBytes >= CHUNK_BYTES) await flush();
      }
      await flush();
      const sha256 = hash.digest('hex');
      await db.query('UPDATE stored_file SET byte_size = $2, sha256 = $3, complete = true WHERE id = $1', [
        row.id,
        size,
        sha256,
      ]);
      return { ...row, byteSize: size, sha256, complete: true };
    } catch (error) {
      await db.query('DELETE FROM stored_file WHERE id = $1', [row.id]).catch(() => undefined);
      throw error;
    }
  }

  // A complete file of the municipality, or null. Callers decide who may read it.
  async find(municipalityId: string, id: string): Promise<StoredFileEntity | null> {
    return this.tx.manager.getRepository(StoredFileEntity).findOne({ where: { id, municipalityId, complete: true } });
  }

  // The file's bytes as a stream, fetched one chunk at a time as the reader asks for more, so
  // memory stays at about one chunk whatever the file's size.
  open(file: Pick<StoredFileEntity, 'id'>): Readable {
    return Readable.from(this.chunks(file.id), { objectMode: false });
  }

  // The stored file read as a table (CSV or Excel, by its name), with the store's logger. A caller
  // that reads only the header passes the stream it opened, to close it when done.
  table(file: Pick<StoredFileEntity, 'id' | 'fileName'>, source: Readable = this.open(file)): Promise<Table> {
    return openTable(source, { fileName: file.fileName, logger: this.logger });
  }

  private async *chunks(fileId: string): AsyncGenerator<Buffer> {
    const db = this.tx.manager.connection;
    for (let seq = 0; ; seq += 1) {
      const rows = await db.query<Array<{ data: Buffer }>>(
        'SELECT data FROM stored_file_chunk WHERE file_id = $1 AND seq = $2',
        [fileId, seq],
      );
      const chunk = rows[0]?.data;
      if (!chunk) return;
      yield chunk;
    }
  }

  // Deletes one file at once (its chunks go with it), outside any transaction of the caller: for
  // a file whose producer failed after writing it, so nothing personal waits for its expiry.
  async remove(municipalityId: string, id: string): Promise<void> {
    await this.tx.manager.connection.query('DELETE FROM stored_file WHERE id = $1 AND municipality_id = $2', [
      id,
      municipalityId,
    ]);
  }

  // Deletes files past their expiry (chunks go with them); returns how many.
  async deleteExpired(now: Date): Promise<number> {
    const result = await this.tx.manager.connection.query<[unknown[], number]>(
      'DELETE FROM stored_file WHERE expires_at < $1',
      [now],
    );
    return result[1];
  }
}
