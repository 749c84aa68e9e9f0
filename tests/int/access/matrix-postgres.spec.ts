import { describeAccessMatrix } from './access-matrix.cells'

// The access matrix on PostgreSQL; SQLite in access-matrix.spec.ts. The cells: access-matrix.cells.ts.
await describeAccessMatrix(['postgres'])
