export { FileStore, type NewFile } from './file-store';
export { FILE_LIMITS, FilesController, type FileLimits } from './files.controller';
export { filesPolicy } from './files.policy';
export { FilePurpose, StoredFileChunkEntity, StoredFileEntity } from './stored-file.entity';
export { openTable, type Table, type TableLogger, type TableOptions, type TableRow } from './table-reader';
