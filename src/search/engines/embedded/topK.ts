/**
 * The k best items by score, kept in a binary min-heap while a result set streams past: a page of
 * ten out of thousands of matches without sorting the thousands. Equal scores keep arrival order.
 */
export class TopK<T> {
  private readonly heap: { item: T; score: number; order: number }[] = []
  private arrivals = 0

  constructor(private readonly k: number) {}

  /** a is worse than b: lower score, or the same score but later arrival. */
  private worse(a: number, b: number): boolean {
    const x = this.heap[a]!
    const y = this.heap[b]!
    return x.score < y.score || (x.score === y.score && x.order > y.order)
  }

  private swap(a: number, b: number): void {
    const t = this.heap[a]!
    this.heap[a] = this.heap[b]!
    this.heap[b] = t
  }

  push(item: T, score: number): void {
    const entry = { item, score, order: this.arrivals++ }
    if (this.k <= 0) return
    if (this.heap.length < this.k) {
      this.heap.push(entry)
      for (let i = this.heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1
        if (!this.worse(i, parent)) break
        this.swap(i, parent)
        i = parent
      }
      return
    }
    const root = this.heap[0]!
    if (score < root.score || (score === root.score && entry.order > root.order)) return
    this.heap[0] = entry
    for (let i = 0; ;) {
      const left = 2 * i + 1
      const right = left + 1
      let smallest = i
      if (left < this.heap.length && this.worse(left, smallest)) smallest = left
      if (right < this.heap.length && this.worse(right, smallest)) smallest = right
      if (smallest === i) break
      this.swap(i, smallest)
      i = smallest
    }
  }

  /** Best first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.order - b.order).map((entry) => entry.item)
  }
}
