import type { Where } from 'payload'

import { startOfAmsterdamDay } from '../vacancies/closingDay'

/**
 * Open vacancies: the closing job sets `vacancyStatus` to closed once the closing day has passed
 * (Amsterdam time). The date is checked as well, so a vacancy leaves the lists at midnight even
 * before the hourly job has run.
 */
export function startOfToday(now = new Date()): string {
  return startOfAmsterdamDay(now).toISOString()
}

export const openVacancyWhere = (now = new Date()): Where => ({
  and: [{ vacancyStatus: { equals: 'open' } }, { closingDate: { greater_than_equal: startOfToday(now) } }],
})

export const isVacancyClosed = (vacancy: { vacancyStatus?: string | null; closingDate: string }, now = new Date()) =>
  vacancy.vacancyStatus === 'closed' || vacancy.closingDate < startOfToday(now)
