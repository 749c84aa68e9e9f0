/** A vacancy is open through its closing day; after that it leaves every list by itself. */
export function startOfToday(now = new Date()): string {
  const day = new Date(now)
  day.setHours(0, 0, 0, 0)
  return day.toISOString()
}

export const openVacancyWhere = (now = new Date()) => ({ closingDate: { greater_than_equal: startOfToday(now) } })
