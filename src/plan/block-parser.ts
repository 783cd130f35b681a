import MarkdownIt, { type Token } from 'markdown-it';

/**
 * markdown-it's block rules only: plansync reads inline text itself, so the inline pass (most
 * of markdown-it's remaining cost) is switched off. HTML blocks stay on so that comments are
 * recognised as HTML and skipped.
 */
export const blockParser = new MarkdownIt('commonmark', { html: true }).enable('table');
blockParser.core.ruler.disable(['inline', 'text_join']);

const State = blockParser.block.State;
const TokenClass = new State('', blockParser, {}, []).Token;

/**
 * A block token: markdown-it's `Token`, its methods (`attrGet`, …) and its fields, with only
 * the fields every token sets held on the token itself. The others start out as defaults on
 * the prototype and become the token's own when a rule sets them. markdown-it's constructor
 * defines all thirteen fields through a helper, and building and collecting those tokens was
 * most of the time markdown-it took on a 10,000-task list.
 */
class BlockToken {
  declare type: string;
  declare tag: string;
  declare nesting: Token['nesting'];
  declare level: number;
  declare map: Token['map'];

  constructor(type: string, tag: string, nesting: Token['nesting'], level: number) {
    this.type = type;
    this.tag = tag;
    this.nesting = nesting;
    this.level = level;
    this.map = null;
  }
}
Object.setPrototypeOf(BlockToken.prototype, TokenClass.prototype);
Object.assign(BlockToken.prototype, {
  attrs: null,
  children: null,
  content: '',
  markup: '',
  info: '',
  meta: null,
  block: true,
  hidden: false,
});

/**
 * markdown-it's block state, pushing `BlockToken`s. An `inline` token (the text of a paragraph,
 * heading or cell, for the inline pass that is off) is handed to the rule but not kept: nothing
 * reads it, and it was a fifth of the tokens. The only rule that looks back at the tokens it
 * made marks tight lists' paragraphs `hidden`, which plansync does not read either.
 */
class LightState extends State {
  override push(type: string, tag: string, nesting: Token['nesting']): Token {
    if (nesting < 0) this.level--;
    const token = new BlockToken(type, tag, nesting, this.level) as unknown as Token;
    if (nesting > 0) this.level++;
    if (type !== 'inline') this.tokens.push(token);
    return token;
  }
}
blockParser.block.State = LightState as unknown as typeof State;
