/** A one-line progress bar on a terminal; a line per tenth on a log (CI, docker logs). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const width = 30
  let lastTenth = -1
  return {
    update({ done, total, source }: { done: number; total: number; source: string }) {
      const fraction = total === 0 ? 1 : Math.min(1, done / total)
      const percent = Math.round(fraction * 100)
      if (stream.isTTY) {
        const filled = Math.round(fraction * width)
        stream.write(
          `\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(percent).padStart(3)}%  ${done}/${total}  ${source.padEnd(20)}`,
        )
      } else if (Math.floor(percent / 10) > lastTenth) {
        lastTenth = Math.floor(percent / 10)
        stream.write(`${percent}% (${done}/${total}) ${source}\n`)
      }
    },
    done() {
      if (stream.isTTY) stream.write('\n')
    },
  }
}
