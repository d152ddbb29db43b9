// The query editor: Neo4j's own CodeMirror 6 Cypher editor (@neo4j-cypher/react-codemirror:
// highlighting, completion of labels, relationship types, property keys, $parameters, functions
// and procedures), plus two extensions of ours: Ctrl/Cmd+Enter runs, and the database's error is
// marked in the text (underline, and the message under the line) until the text changes.
// Loaded on demand: the Cypher grammar is most of the console's weight.
import { Prec, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, keymap, type DecorationSet } from '@codemirror/view';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { CypherEditor as NeoCypherEditor } from '@neo4j-cypher/react-codemirror';
import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import { errorSpan } from '../lib/error-position.ts';
import type { CompletionSchema } from '../lib/editor-schema.ts';

export interface EditorMarker {
  /** 0-based offset in the editor's text. */
  offset: number;
  message: string;
  /** "Line 2, column 5" in the UI language. */
  where: string;
}

export interface CypherEditorHandle {
  focus(): void;
  /** Moves the cursor to an offset and focuses the editor. */
  goTo(offset: number): void;
}

export interface CypherEditorProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  schema: CompletionSchema;
  marker?: EditorMarker;
  ariaLabel: string;
  placeholder: string;
  handle?: Ref<CypherEditorHandle>;
}

interface MarkerSpec {
  from: number;
  to: number;
  message: string;
  where: string;
}

const setMarker = StateEffect.define<MarkerSpec | null>();

class MessageWidget extends WidgetType {
  constructor(
    readonly message: string,
    readonly where: string,
  ) {
    super();
  }
  override eq(other: MessageWidget) {
    return other.message === this.message && other.where === this.where;
  }
  toDOM() {
    const div = document.createElement('div');
    div.className = 'cm-server-error-msg';
    div.setAttribute('data-testid', 'inline-error');
    const where = document.createElement('strong');
    where.textContent = `${this.where}: `;
    div.append(where, document.createTextNode(this.message));
    return div;
  }
}

class CaretWidget extends WidgetType {
  toDOM() {
    const span = document.createElement('span');
    span.className = 'cm-server-error-caret';
    span.textContent = '\u2038';
    return span;
  }
}

const markerField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) {
      if (!e.is(setMarker)) continue;
      if (!e.value) return Decoration.none;
      const { message, where } = e.value;
      const doc = tr.state.doc;
      const from = Math.min(e.value.from, doc.length);
      const to = Math.min(e.value.to, doc.length);
      const line = doc.lineAt(from);
      const ranges = [
        Decoration.line({ class: 'cm-server-error-line' }).range(line.from),
        to > from
          ? Decoration.mark({ class: 'cm-server-error-mark' }).range(from, to)
          : Decoration.widget({ widget: new CaretWidget(), side: 1 }).range(from),
        Decoration.widget({ widget: new MessageWidget(message, where), block: true, side: 1 }).range(line.to),
      ];
      return Decoration.set(ranges, true);
    }
    // Any edit makes the database's position stale: the marker goes.
    return tr.docChanged ? Decoration.none : deco.map(tr.changes);
  },
  provide: (f) => EditorView.decorations.from(f),
});

interface EditorApiLike {
  codemirror: EditorView;
  focus(): void;
}

/** What Ctrl/Cmd+Enter runs, per editor view (set when the editor is made). */
const runners = new WeakMap<EditorView, () => void>();

/** Ctrl/Cmd+Enter (and with Shift) runs: one extension for every editor, so it never changes. */
const runKeys: Extension[] = [
  Prec.highest(
    keymap.of([
      { key: 'Mod-Enter', run: (view) => (runners.get(view)?.(), true) },
      { key: 'Shift-Mod-Enter', run: (view) => (runners.get(view)?.(), true) },
    ]),
  ),
];

export default function CypherEditor({ value, onChange, onRun, schema, marker, ariaLabel, placeholder, handle }: CypherEditorProps) {
  const api = useRef<EditorApiLike | null>(null);
  const onRunRef = useRef(onRun);
  useLayoutEffect(() => {
    onRunRef.current = onRun;
  });

  // Stable extension arrays: the editor reconfigures whenever they change.
  const postExtensions = useMemo<Extension[]>(
    () => [markerField, EditorView.contentAttributes.of({ 'aria-label': ariaLabel, 'data-testid': 'cypher-input' })],
    [ariaLabel],
  );

  useImperativeHandle(
    handle,
    () => ({
      focus: () => api.current?.focus(),
      goTo: (offset: number) => {
        const view = api.current?.codemirror;
        if (!view) return;
        const pos = Math.min(offset, view.state.doc.length);
        view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
        view.focus();
      },
    }),
    [],
  );

  // Show (or clear) the database's error in the text.
  useEffect(() => {
    const view = api.current?.codemirror;
    if (!view) return;
    if (!marker) {
      view.dispatch({ effects: setMarker.of(null) });
      return;
    }
    const span = errorSpan(view.state.doc.toString(), marker.offset);
    view.dispatch({ effects: setMarker.of({ ...span, message: marker.message, where: marker.where }) });
  }, [marker]);

  return (
    <NeoCypherEditor
      className="wb-cm"
      value={value}
      onValueChanged={(v: string) => onChange(v)}
      onEditorCreated={(e: unknown) => {
        api.current = e as EditorApiLike;
        runners.set(api.current.codemirror, () => onRunRef.current());
      }}
      schema={schema}
      placeholder={placeholder}
      lineWrapping
      lint={false}
      tabKey={false}
      theme="light"
      autofocus
      preExtensions={runKeys}
      postExtensions={postExtensions}
    />
  );
}
