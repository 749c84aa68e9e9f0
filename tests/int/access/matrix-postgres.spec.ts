import { describeAccessMatrix } from './matrix.cells'

// The access matrix on PostgreSQL; SQLite in matrix.spec.ts. The cells: matrix.cells.ts.
await describeAccessMatrix(['postgres'])
