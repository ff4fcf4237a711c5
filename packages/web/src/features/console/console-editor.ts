/**
 * The CodeMirror 6 editors of the query console: GraphQL with completion and error marks from the
 * schema (cm6-graphql), and JSON for the variables. Only the console's lazy chunk imports this file.
 * Needs a browser; exercised by the end-to-end tests.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { EditorState, Prec, type Extension } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { getSchema, graphql, updateSchema } from 'cm6-graphql';
import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { cspNonce } from '../../lib/csp-nonce.ts';

export type EditorLanguage = 'graphql' | 'json';

export interface ConsoleEditorOptions {
  parent: HTMLElement;
  doc: string;
  language: EditorLanguage;
  /** The accessible name of the editing area. */
  label: string;
  schema?: GraphQLSchema;
  onChange: (text: string) => void;
  /** Ctrl+Enter / Cmd+Enter. */
  onRun: () => void;
}

/**
 * Syntax errors while no schema is known (cm6-graphql only lints against a schema): an analyst whom
 * the server does not let introspect still sees where the query is malformed.
 */
const syntaxOnlyLinter = linter((view) => {
  if (getSchema(view.state)) return [];
  const text = view.state.doc.toString();
  if (text.trim() === '') return [];
  try {
    parse(text);
    return [];
  } catch (error) {
    if (!(error instanceof GraphQLError) || !error.locations?.[0]) return [];
    const { line, column } = error.locations[0];
    const lineInfo = view.state.doc.line(Math.min(line, view.state.doc.lines));
    const from = Math.min(lineInfo.from + column - 1, view.state.doc.length);
    const diagnostic: Diagnostic = { from, to: Math.min(from + 1, view.state.doc.length), severity: 'error', message: error.message };
    return [diagnostic];
  }
});

/** JSON syntax errors; empty variables are allowed (no variables). */
const parseJson = jsonParseLinter();
const jsonLinter = linter((view) => (view.state.doc.toString().trim() === '' ? [] : parseJson(view)));

const theme = EditorView.theme({
  '&': { fontSize: '0.9rem', backgroundColor: 'var(--colour-surface)', border: '1px solid var(--colour-border-strong)', borderRadius: '6px', maxHeight: '30rem' },
  '&.cm-focused': { outline: '3px solid var(--colour-brand)', outlineOffset: '1px' },
  '.cm-scroller': { overflow: 'auto', fontFamily: "ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace", minHeight: 'inherit' },
  '.cm-content': { minHeight: 'inherit' },
  '.cm-gutters': { backgroundColor: 'var(--colour-background)', color: 'var(--colour-text-muted)', borderRight: '1px solid var(--colour-border)' },
});

/** A new editor in `parent`. Tab is left to move the focus on, so the editor is no keyboard trap. */
export function createConsoleEditor(options: ConsoleEditorOptions): EditorView {
  const language: Extension[] =
    options.language === 'graphql' ? [graphql(options.schema), syntaxOnlyLinter] : [json(), jsonLinter];
  return new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        // Before the default keymap, which would insert a line break on Mod-Enter.
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (options.onRun(), true) }])),
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        autocompletion(),
        highlightActiveLine(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        lintGutter(),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
        ...language,
        theme,
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        // CodeMirror styles itself through one <style> element: the page's CSP admits it by this nonce.
        EditorView.cspNonce.of(cspNonce() ?? ''),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}

/** Replaces the text (an example or a saved query was opened), unless it is already the same. */
export function setEditorText(view: EditorView, text: string): void {
  if (view.state.doc.toString() === text) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

export function setEditorSchema(view: EditorView, schema: GraphQLSchema | undefined): void {
  updateSchema(view, schema);
}

export function setEditorLabel(view: EditorView, label: string): void {
  view.contentDOM.setAttribute('aria-label', label);
}
