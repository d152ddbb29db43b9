// Unit: the plan walker accepts only reading operators on the app's database, and names what it refuses.
import { describe, expect, it } from 'vitest';
import { checkPlan, isReadOperator, procedureName, type PlanOperator } from '../../server/console/plan-check.ts';
import { createConsoleGate } from '../../server/console/gate.ts';
import { checkParams, jsonDepth } from '../../server/console/params-check.ts';

const op = (operatorType: string, children: PlanOperator[] = [], details?: string): PlanOperator => ({
  operatorType,
  arguments: details ? { Details: details } : {},
  children,
});
const produce = (...children: PlanOperator[]) => op('ProduceResults@neo4j', children);
const refusal = (plan: PlanOperator | undefined, db = 'neo4j') => {
  try {
    checkPlan(plan, db);
    return undefined;
  } catch (e) {
    return e as { status: number; code: string; message: string };
  }
};

describe('checkPlan', () => {
  it('accepts plans made of reading operators, nested at any depth', () => {
    const plan = produce(
      op('Top@neo4j', [
        op('EagerAggregation@neo4j', [
          op('Expand(All)@neo4j', [op('NodeUniqueIndexSeek@neo4j'), op('VarLengthExpand(Pruning,BFS,All)@neo4j')]),
        ]),
      ]),
    );
    expect(refusal(plan)).toBeUndefined();
    expect(refusal(produce(op('ProcedureCall@neo4j', [], 'db.labels() :: (label :: STRING)')))).toBeUndefined();
  });

  it('refuses LOAD CSV, admin and SHOW operators, writes and unknown operators, with a code each', () => {
    expect(refusal(produce(op('LoadCSV@neo4j')))).toMatchObject({ status: 403, code: 'load_csv_refused' });
    for (const name of ['ShowSettings', 'ShowTransactions', 'TerminateTransactions', 'AdministrationCommand']) {
      expect(refusal(produce(op(`${name}@neo4j`)))).toMatchObject({ status: 403, code: 'admin_refused' });
    }
    for (const name of [
      'Create',
      'Merge',
      'SetProperty',
      'DetachDelete',
      'RemoveLabels',
      'Foreach',
      'TransactionForeach',
      'CreateIndex',
      'DropConstraint',
    ]) {
      expect(refusal(produce(op(`${name}@neo4j`)))?.code).toBe('read_only');
    }
    expect(refusal(produce(op('Filter@neo4j', [op('SomethingNew@neo4j')])))).toMatchObject({ code: 'plan_refused' });
    expect(refusal(undefined)).toMatchObject({ code: 'plan_refused' });
  });

  it('refuses a write hidden deep under reading operators', () => {
    const deep = Array.from({ length: 50 }).reduce<PlanOperator>(
      (child) => op('Apply@neo4j', [op('Argument@neo4j'), child]),
      op('Create@neo4j'),
    );
    expect(refusal(produce(deep))?.code).toBe('read_only');
  });

  it('refuses procedures not on the list, by the name the plan gives', () => {
    expect(
      refusal(produce(op('ProcedureCall@neo4j', [], 'db.stats.retrieve($autostring_0) :: (section :: STRING, data :: MAP)'))),
    ).toMatchObject({ code: 'procedure_refused' });
    expect(refusal(produce(op('ProcedureCall@neo4j', [], 'db.prepareForReplanning() :: ()')))?.message).toContain(
      'db.prepareForReplanning',
    );
    expect(refusal(produce(op('ProcedureCall@neo4j'))))?.toMatchObject({ code: 'procedure_refused' });
    expect(procedureName(op('ProcedureCall', [], 'db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)'))).toBe(
      'db.index.fulltext.queryNodes',
    );
  });

  it('refuses operators that run on another database', () => {
    expect(refusal(produce(op('AllNodesScan@system')))).toMatchObject({ code: 'use_refused' });
    expect(refusal(produce(op('AllNodesScan@NEO4J')))).toBeUndefined();
  });

  it('knows the operator families by their variants', () => {
    for (const name of [
      'NodeIndexSeekByRange',
      'DirectedRelationshipIndexContainsScan',
      'MultiNodeIndexSeek',
      'Repeat(Trail)',
      'StatefulShortestPath(Into)',
      'OptionalExpand(Into)',
    ]) {
      expect(isReadOperator(name), name).toBe(true);
    }
    for (const name of ['LoadCSV', 'Create', 'ShowSettings', 'NodeIndexSeekAndDelete', 'Expand(Everything)'])
      expect(isReadOperator(name), name).toBe(false);
  });
});

describe('console gate', () => {
  it('holds slots per client and overall, and gives each back once', () => {
    const gate = createConsoleGate(3, 2);
    const a1 = gate.acquire('a');
    gate.acquire('a');
    expect(() => gate.acquire('a')).toThrow(/at most 2 at once per client/);
    const b1 = gate.acquire('b');
    expect(() => gate.acquire('c')).toThrow(/at most 3 at once/);
    a1();
    a1();
    expect(gate.running()).toBe(2);
    expect(() => gate.acquire('c')).not.toThrow();
    b1();
    expect(gate.running()).toBe(2);
  });
});

describe('parameter bounds', () => {
  it('measures depth without recursion and refuses deep or large parameters', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(jsonDepth({ a: deep }, 40)).toBeGreaterThan(40);
    expect(jsonDepth({ a: [[1]] }, 40)).toBe(3);
    expect(() => checkParams({ a: deep as unknown[] }, { maxNesting: 32, maxParamsBytes: 1e6 })).toThrow(
      expect.objectContaining({ status: 400, code: 'too_deep' }),
    );
    expect(() => checkParams({ s: 'x'.repeat(70000) }, { maxNesting: 32, maxParamsBytes: 65536 })).toThrow(
      expect.objectContaining({ status: 400, code: 'params_too_large' }),
    );
    expect(() => checkParams({ s: 'x'.repeat(1000), l: [[1, 2], { a: 1 }] }, { maxNesting: 32, maxParamsBytes: 65536 })).not.toThrow();
  });
});
