// Unit: CSV files become seed-format records (lists split on |, numbers and booleans read by the
// model's type, empty cells left out), and the validator's problems name CSV rows.
import { describe, expect, it } from 'vitest';
import { cellKind, csvProblem, csvToDoc, readCell } from '../../server/model/csv-doc.ts';
import { nodeSchemaFor } from '../../server/model/records.ts';
import { validateDocs } from '../../server/model/validate.ts';

const shape = (label: string) => nodeSchemaFor(label)!.shape as Record<string, never>;

describe('csvToDoc', () => {
  it('reads cells by the property type of the model', () => {
    expect(cellKind(shape('Event').edition)).toBe('number');
    expect(cellKind(shape('Jurisdiction').beltAndRoad)).toBe('boolean');
    expect(cellKind(shape('Agency').aliases)).toBe('array');
    expect(cellKind(shape('Agency').name)).toBe('string');
    expect(readCell(' a | b ||c', 'array')).toEqual(['a', 'b', 'c']);
    expect(readCell('12', 'number')).toBe(12);
    expect(readCell('twelve', 'number')).toBe('twelve');
    expect(readCell('TRUE', 'boolean')).toBe(true);
    expect(readCell('no', 'boolean')).toBe('no');
  });

  it('turns rows into records, leaving empty cells out, quoted commas and newlines kept', () => {
    const { doc, problems } = csvToDoc({
      nodes: '\uFEFFlabel,id,name,aliases,edition,sources\nEvent,ev-1,"Forum, second",,2,a|b\nAgency,ag-1,"Line\nbreak",X|Y,,a',
      relationships: 'type,from,to,sources,evidence\nHOSTED,ag-1,ev-1,a,"He said ""yes"""',
    });
    expect(problems).toEqual([]);
    expect(doc.nodes).toEqual([
      { label: 'Event', id: 'ev-1', name: 'Forum, second', edition: 2, sources: ['a', 'b'] },
      { label: 'Agency', id: 'ag-1', name: 'Line\nbreak', aliases: ['X', 'Y'], sources: ['a'] },
    ]);
    expect(doc.relationships).toEqual([{ type: 'HOSTED', from: 'ag-1', to: 'ev-1', sources: ['a'], evidence: 'He said "yes"' }]);
  });

  it('reports a missing column, a duplicate column and unreadable CSV as problems of the file', () => {
    expect(csvToDoc({ nodes: 'label,id,name\nAgency,x,X' }).problems).toEqual([
      expect.objectContaining({ file: 'nodes.csv', record: 'row 1 (header)', field: 'sources' }),
    ]);
    expect(csvToDoc({ relationships: 'type,from,to,sources,to\n' }).problems[0]).toMatchObject({
      field: 'to',
      message: 'duplicate column(s)',
    });
    expect(csvToDoc({ nodes: 'label,id,sources\nAgency,"x,a' }).problems[0]).toMatchObject({ file: 'nodes.csv', field: '(csv)' });
    expect(csvToDoc({ nodes: 'label,id,sources\nAgency,x,a,extra' }).problems[0]).toMatchObject({ file: 'nodes.csv', field: '(csv)' });
  });

  it('names validation problems by file, row and field; a row without a source is invalid', () => {
    const { doc } = csvToDoc({
      nodes: 'label,id,name,edition,sources\nEvent,ev-1,Forum,two,s1\nAgency,ag-1,Agency,,',
    });
    const { problems } = validateDocs([{ file: 'body', data: doc }], { knownSources: ['s1'] });
    const named = problems.map(csvProblem);
    expect(named).toContainEqual(expect.objectContaining({ file: 'nodes.csv', record: 'row 2 (ev-1)', field: 'edition' }));
    expect(named).toContainEqual(expect.objectContaining({ file: 'nodes.csv', record: 'row 3 (ag-1)', field: 'sources' }));
  });
});
