/**
 * The part of JQL a sync tool needs: clauses joined by AND over project, labels, key, id,
 * issue type, parent, Epic Link, fix version, status and status category, with `=`, `!=`,
 * `in`, `not in`, `is EMPTY`, then ORDER BY. Anything else is refused with Jira's 400 shape
 * rather than guessed at, so a client cannot come to rely on JQL the fake does not check.
 */
export interface JqlClause {
  field: string;
  op: '=' | '!=' | 'in' | 'not in' | 'is' | 'is not';
  values: string[];
}

export interface JqlQuery {
  clauses: JqlClause[];
  orderBy: { field: string; direction: 'asc' | 'desc' }[];
}

export class JqlError extends Error {}

const FIELDS = new Map<string, string>([
  ['project', 'project'],
  ['labels', 'labels'],
  ['key', 'key'],
  ['issuekey', 'key'],
  ['issue', 'key'],
  ['id', 'id'],
  ['issuetype', 'issuetype'],
  ['type', 'issuetype'],
  ['parent', 'parent'],
  ['epic link', 'epiclink'],
  ['cf[10014]', 'epiclink'],
  ['fixversion', 'fixversion'],
  ['status', 'status'],
  ['statuscategory', 'statuscategory'],
  ['created', 'created'],
  ['updated', 'updated'],
]);

const ORDER_FIELDS = new Set(['key', 'id', 'created', 'updated']);

type Token = { kind: 'word' | 'string' | 'punct'; text: string };

function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(!=|[=(),])|([^\s=!(),"']+))/gy;
  let match: RegExpExecArray | null;
  let index = 0;
  while (index < jql.length) {
    re.lastIndex = index;
    match = re.exec(jql);
    if (!match || match[0].trim() === '') {
      if (jql.slice(index).trim() === '') break;
      throw new JqlError(`Error in the JQL Query: The character '${jql[index]}' is reserved.`);
    }
    index = re.lastIndex;
    if (match[1] !== undefined) {
      tokens.push({ kind: 'string', text: match[1].slice(1, -1).replace(/\\(.)/g, '$1') });
    } else if (match[2] !== undefined) {
      tokens.push({ kind: 'punct', text: match[2] });
    } else if (match[3] !== undefined) {
      tokens.push({ kind: 'word', text: match[3] });
    }
  }
  return tokens;
}

export function parseJql(jql: string): JqlQuery {
  const tokens = tokenize(jql);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const isWord = (word: string, t = peek()): boolean =>
    t?.kind === 'word' && t.text.toLowerCase() === word;
  const unexpected = (expected: string): never => {
    const got = peek();
    throw new JqlError(
      got
        ? `Error in the JQL Query: Expecting ${expected} but got '${got.text}'.`
        : `Error in the JQL Query: Expecting ${expected} before the end of the query.`,
    );
  };

  const clauses: JqlClause[] = [];
  while (at < tokens.length && !isWord('order')) {
    if (clauses.length > 0) {
      if (!isWord('and')) {
        if (isWord('or') || isWord('not')) {
          throw new JqlError(`Error in the JQL Query: '${peek()!.text}' is not supported here.`);
        }
        unexpected("'AND'");
      }
      at++;
    }
    clauses.push(clause());
  }
  const orderBy: JqlQuery['orderBy'] = [];
  if (isWord('order')) {
    at++;
    if (!isWord('by')) unexpected("'BY'");
    at++;
    do {
      if (orderBy.length > 0) at++;
      const field = peek();
      if (!field || field.kind === 'punct') unexpected('a field name');
      at++;
      const name = field!.text.toLowerCase();
      if (!ORDER_FIELDS.has(name)) {
        throw new JqlError(`Not able to sort using field '${field!.text}'.`);
      }
      let direction: 'asc' | 'desc' = 'asc';
      if (isWord('asc') || isWord('desc')) {
        direction = peek()!.text.toLowerCase() as 'asc' | 'desc';
        at++;
      }
      orderBy.push({ field: name, direction });
    } while (peek()?.text === ',');
  }
  if (at < tokens.length) unexpected('end of query');
  return { clauses, orderBy };

  function clause(): JqlClause {
    const name = peek();
    if (!name || name.kind === 'punct') return unexpected('a field name');
    at++;
    const field = FIELDS.get(name.text.toLowerCase());
    if (!field) {
      throw new JqlError(
        `Field '${name.text}' does not exist or you do not have permission to view it.`,
      );
    }
    let op: JqlClause['op'];
    const t = peek();
    if (t?.text === '=' || t?.text === '!=') {
      op = t.text;
      at++;
    } else if (isWord('in')) {
      op = 'in';
      at++;
    } else if (isWord('not') && isWord('in', tokens[at + 1])) {
      op = 'not in';
      at += 2;
    } else if (isWord('is')) {
      at++;
      op = 'is';
      if (isWord('not')) {
        op = 'is not';
        at++;
      }
      if (!isWord('empty') && !isWord('null')) unexpected("'EMPTY'");
      at++;
      return { field, op, values: [] };
    } else {
      return unexpected('operator');
    }
    if (op === 'in' || op === 'not in') {
      if (peek()?.text !== '(') unexpected("'('");
      at++;
      const values: string[] = [];
      while (peek()?.text !== ')') {
        if (values.length > 0) {
          if (peek()?.text !== ',') unexpected("',' or ')'");
          at++;
        }
        values.push(value());
      }
      at++;
      return { field, op, values };
    }
    return { field, op, values: [value()] };
  }

  function value(): string {
    const t = peek();
    if (!t || t.kind === 'punct')
      return unexpected('either a value, an empty constant, or a function');
    at++;
    return t.text;
  }
}
