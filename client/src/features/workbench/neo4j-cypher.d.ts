// Types for @neo4j-cypher/react-codemirror: the package ships them, but its package.json
// "exports" hides them from TypeScript's resolver. Only the props the console uses.
declare module '@neo4j-cypher/react-codemirror' {
  import type { ComponentType } from 'react';
  import type { Extension } from '@codemirror/state';

  export interface CypherEditorProps {
    value?: string;
    className?: string;
    schema?: unknown;
    placeholder?: string;
    lineWrapping?: boolean;
    lint?: boolean;
    tabKey?: boolean;
    autofocus?: boolean;
    theme?: 'light' | 'dark' | 'auto';
    preExtensions?: Extension[];
    postExtensions?: Extension[];
    onValueChanged?: (value: string) => void;
    onEditorCreated?: (editor: unknown) => void;
  }
  export const CypherEditor: ComponentType<CypherEditorProps>;
}
