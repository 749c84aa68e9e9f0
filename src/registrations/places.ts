import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import { transactionId } from '../db/savepoint'

/**
 * The place counters of a session (`confirmedCount`, `arrivalCount`) change only here, with
 * statements the database itself makes atomic, never by reading a number in JavaScript and writing
 * it back. On SQL databases they run inside the caller's transaction: on PostgreSQL the first
 * UPDATE locks the session row until commit, so registrations for one session queue up across
 * every app instance; SQLite has one writer at a time anyway. MongoDB gets single-document atomic
 * updates that return the counters as they were before the change.
 */

export type SessionId = number | string

type Row = Record<string, unknown>
type DrizzleLike = { execute?: (q: unknown) => Promise<{ rows: Row[] }>; all?: (q: unknown) => Promise<Row[]> }
type SqlAdapter = { name: string; drizzle: DrizzleLike; sessions: Record<string, { db: DrizzleLike } | undefined> }
type MongoModel = {
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<Row | null>
  updateOne: (filter: object, update: object, options: object) => Promise<{ modifiedCount?: number }>
}
type MongoAdapter = { name: 'mongoose'; collections: Record<string, MongoModel>; sessions: Record<string, unknown> }

const SLUG = 'training-sessions'

const isMongo = (req: PayloadRequest) => req.payload.db.name === 'mongoose'

type SqlTag = typeof postgresSql

/**
 * Each adapter brings its own copy of drizzle; a statement is built with the matching one. The two
 * copies declare the same private members, which TypeScript treats as unrelated types.
 */
const sqlFor = (req: PayloadRequest): SqlTag =>
  req.payload.db.name === 'postgres' ? postgresSql : (sqliteSql as unknown as SqlTag)

async function rows(req: PayloadRequest, query: ReturnType<SqlTag>): Promise<Row[]> {
  // drizzle and the transaction sessions are adapter internals that Payload's DatabaseAdapter type leaves out.
  const db = req.payload.db as unknown as SqlAdapter
  const id = await transactionId(req)
  const conn = (id !== undefined && db.sessions[id]?.db) || db.drizzle
  if (db.name === 'postgres') return (await (conn.execute as NonNullable<DrizzleLike['execute']>)(query)).rows
  return (conn.all as NonNullable<DrizzleLike['all']>)(query)
}

async function mongo(req: PayloadRequest): Promise<{ model: MongoModel; session: unknown }> {
  // The mongoose models and sessions are adapter internals that Payload's DatabaseAdapter type leaves out.
  const db = req.payload.db as unknown as MongoAdapter
  const id = await transactionId(req)
  return { model: db.collections[SLUG], session: id !== undefined ? db.sessions[id] : undefined }
}

const num = (value: unknown) => Number(value ?? 0)

export type Claim = { confirmed: boolean; position: number; capacity: number }

/**
 * Takes the next arrival number and, while places are left, a place. Null when the session is
 * not (or no longer) scheduled.
 */
export async function claimPlace(req: PayloadRequest, sessionId: SessionId): Promise<Claim | null> {
  if (isMongo(req)) {
    const { model, session } = await mongo(req)
    const confirmed = { $ifNull: ['$confirmedCount', 0] }
    const before = await model.findOneAndUpdate(
      { _id: sessionId, status: 'scheduled' },
      [
        {
          $set: {
            arrivalCount: { $add: [{ $ifNull: ['$arrivalCount', 0] }, 1] },
            confirmedCount: { $cond: [{ $lt: [confirmed, '$capacity'] }, { $add: [confirmed, 1] }, confirmed] },
          },
        },
      ],
      { new: false, lean: true, session },
    )
    if (!before) return null
    return {
      confirmed: num(before.confirmedCount) < num(before.capacity),
      position: num(before.arrivalCount) + 1,
      capacity: num(before.capacity),
    }
  }
  const [row] = await rows(
    req,
    sqlFor(req)`UPDATE "training_sessions" SET "arrival_count" = COALESCE("arrival_count", 0) + 1
        WHERE "id" = ${Number(sessionId)} AND "status" = 'scheduled'
        RETURNING "arrival_count" AS "arrival", COALESCE("confirmed_count", 0) AS "confirmed", "capacity" AS "capacity"`,
  )
  if (!row) return null
  // The row is ours until commit, so these numbers cannot change under us.
  const confirmed = num(row.confirmed) < num(row.capacity)
  if (confirmed) {
    await rows(
      req,
      sqlFor(
        req,
      )`UPDATE "training_sessions" SET "confirmed_count" = COALESCE("confirmed_count", 0) + 1 WHERE "id" = ${Number(sessionId)} RETURNING "id"`,
    )
  }
  return { confirmed, position: num(row.arrival), capacity: num(row.capacity) }
}

/**
 * How many people may wait for one session. Sessions here seat 10 to 40; a hundred waiting is a
 * new session's work for the trainer, not a list to keep growing, and an open form must not let
 * anyone add rows without end. A session larger than that may keep as many waiting as it seats.
 */
export const WAITLIST_LIMIT = 100
export const waitlistLimit = (capacity: number) => Math.max(WAITLIST_LIMIT, capacity)

/** Whether the waitlist of a session has room for one more (besides `self`, already written). */
export async function waitlistHasRoom(
  req: PayloadRequest,
  sessionId: SessionId,
  capacity: number,
  self: number | string,
): Promise<boolean> {
  // Inside the claim's transaction: on PostgreSQL the session row is locked, so two registrations
  // for one session count one after the other; SQLite has one writer.
  const { totalDocs } = await req.payload.db.count({
    collection: 'registrations',
    req,
    where: { session: { equals: sessionId }, status: { equals: 'waitlist' }, id: { not_equals: self } },
  })
  return totalDocs < waitlistLimit(capacity)
}

/**
 * Where a waiting registration stands: 1 is next in line. The waitlist moves in order of arrival
 * (`position`), so it is the number of people waiting who arrived no later. Pass `req` inside a
 * transaction to see its own writes.
 */
export async function waitlistPlace(
  payload: Payload,
  { session, position }: { session: SessionId; position: number },
  req?: PayloadRequest,
): Promise<number> {
  const { totalDocs } = await payload.db.count({
    collection: 'registrations',
    req,
    where: { session: { equals: session }, status: { equals: 'waitlist' }, position: { less_than_equal: position } },
  })
  return Math.max(1, totalDocs)
}

/** A place for someone from the waitlist, if one is free in a scheduled session. */
export async function claimFreePlace(req: PayloadRequest, sessionId: SessionId): Promise<boolean> {
  if (isMongo(req)) {
    const { model, session } = await mongo(req)
    const before = await model.findOneAndUpdate(
      { _id: sessionId, status: 'scheduled', $expr: { $lt: [{ $ifNull: ['$confirmedCount', 0] }, '$capacity'] } },
      { $inc: { confirmedCount: 1 } },
      { new: false, lean: true, session },
    )
    return Boolean(before)
  }
  const updated = await rows(
    req,
    sqlFor(req)`UPDATE "training_sessions" SET "confirmed_count" = COALESCE("confirmed_count", 0) + 1
        WHERE "id" = ${Number(sessionId)} AND "status" = 'scheduled' AND COALESCE("confirmed_count", 0) < "capacity"
        RETURNING "id"`,
  )
  return updated.length > 0
}

/** Gives back one place (a confirmed registration was cancelled). */
export async function releasePlace(req: PayloadRequest, sessionId: SessionId): Promise<void> {
  if (isMongo(req)) {
    const { model, session } = await mongo(req)
    await model.updateOne({ _id: sessionId, confirmedCount: { $gt: 0 } }, { $inc: { confirmedCount: -1 } }, { session })
    return
  }
  await rows(
    req,
    sqlFor(req)`UPDATE "training_sessions" SET "confirmed_count" = "confirmed_count" - 1
        WHERE "id" = ${Number(sessionId)} AND "confirmed_count" > 0 RETURNING "id"`,
  )
}

/** A cancelled session holds no places. */
export async function clearPlaces(req: PayloadRequest, sessionId: SessionId): Promise<void> {
  if (isMongo(req)) {
    const { model, session } = await mongo(req)
    await model.updateOne({ _id: sessionId }, { $set: { confirmedCount: 0 } }, { session })
    return
  }
  await rows(
    req,
    sqlFor(req)`UPDATE "training_sessions" SET "confirmed_count" = 0 WHERE "id" = ${Number(sessionId)} RETURNING "id"`,
  )
}

/**
 * Takes the session's row lock before a registration row is touched, so cancelling and
 * registering always lock in the same order (session first) and cannot deadlock each other.
 */
export async function lockSession(req: PayloadRequest, sessionId: SessionId): Promise<void> {
  if (req.payload.db.name !== 'postgres') return
  await rows(req, sqlFor(req)`SELECT "id" FROM "training_sessions" WHERE "id" = ${Number(sessionId)} FOR UPDATE`)
}
