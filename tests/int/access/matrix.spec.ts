import { describeAccessMatrix } from './matrix.cells'

// The access matrix on SQLite (and MongoDB when a server is given); PostgreSQL has a file of its
// own (matrix-postgres.spec.ts) so that both run at once. The cells: matrix.cells.ts.
await describeAccessMatrix(['sqlite', 'mongodb'])
