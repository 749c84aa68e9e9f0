import sax from 'sax'

export const ATOM_NS = 'http://www.w3.org/2005/Atom'

export type XmlElement = {
  name: string
  ns: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

/** A strict, namespace-aware XML parse (sax): throws on anything that is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true })
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  parser.onerror = (error) => {
    throw error
  }
  parser.onopentag = (tag) => {
    const t = tag as sax.QualifiedTag
    const element: XmlElement = {
      name: t.local,
      ns: t.uri,
      attributes: Object.fromEntries(Object.entries(t.attributes).map(([k, v]) => [k, v.value])),
      children: [],
      text: '',
    }
    stack.at(-1)?.children.push(element)
    root ??= element
    stack.push(element)
  }
  parser.onclosetag = () => void stack.pop()
  parser.ontext = (text) => {
    if (stack.length) stack[stack.length - 1].text += text
  }
  parser.oncdata = (text) => {
    if (stack.length) stack[stack.length - 1].text += text
  }
  parser.write(xml).close()
  if (!root) throw new Error('empty document')
  return root
}

export type AtomFeed = {
  title: string
  id: string
  entries: { id: string; title: string; link: string; updated: string; content: string }[]
}

/** Parses an Atom feed and checks what RFC 4287 requires of the feed and of each entry. */
export function parseAtom(xml: string): AtomFeed {
  const feed = parseXml(xml)
  const fail = (message: string) => {
    throw new Error(`not valid Atom: ${message}`)
  }
  if (feed.name !== 'feed' || feed.ns !== ATOM_NS) fail(`root is {${feed.ns}}${feed.name}`)
  const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name && c.ns === ATOM_NS)
  const required = (el: XmlElement, name: string, where: string) => {
    const found = child(el, name)
    if (!found || (name !== 'link' && !found.text.trim())) fail(`${where} has no ${name}`)
    return found as XmlElement
  }
  const date = (el: XmlElement, where: string) => {
    const value = required(el, 'updated', where).text.trim()
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value))
      fail(`${where} updated is not an RFC 3339 date: ${value}`)
    return value
  }
  required(feed, 'id', 'feed')
  required(feed, 'title', 'feed')
  date(feed, 'feed')
  const entries = feed.children
    .filter((c) => c.name === 'entry' && c.ns === ATOM_NS)
    .map((entry, i) => ({
      id: required(entry, 'id', `entry ${i}`).text.trim(),
      title: required(entry, 'title', `entry ${i}`).text.trim(),
      link: required(entry, 'link', `entry ${i}`).attributes.href ?? '',
      updated: date(entry, `entry ${i}`),
      content: (child(entry, 'content') ?? child(entry, 'summary'))?.text ?? '',
    }))
  // Without an author on the feed, every entry needs one (RFC 4287, 4.1.1).
  if (!child(feed, 'author') && feed.children.some((e) => e.name === 'entry' && !child(e, 'author'))) fail('no author')
  return { title: child(feed, 'title')?.text.trim() ?? '', id: child(feed, 'id')?.text.trim() ?? '', entries }
}
