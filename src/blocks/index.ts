// The one list of rich-text blocks: the editor config and the front-end renderer both read it.
import { CalloutBlock } from './Callout/config'
import { DownloadCardBlock } from './DownloadCard/config'
import { StepsBlock } from './Steps/config'

export const richTextBlocks = [CalloutBlock, StepsBlock, DownloadCardBlock]
