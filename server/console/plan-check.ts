// The console's decisive check: what the database says it will do. The query's EXPLAIN plan
// (planned in a READ transaction, never run) is walked operator by operator and accepted only
// when every operator is on a whitelist of reading operators, every procedure it calls is on the
// console's procedure list, and every operator runs on the app's own database. Anything the
// whitelist does not know — a new operator in a future Neo4j included — is refused, so a trick
// that gets past the text screen still meets a plan that says what it does.
import { AppError } from '../errors.ts';
import { ALLOWED_PROCEDURES } from './screen.ts';

/** The plan tree as neo4j-driver reports it (`summary.plan`). */
export interface PlanOperator {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanOperator[];
}

/** Operators that only read the graph or shape rows (Neo4j 5.26 names, `@database` stripped). */
const READ_OPERATORS = new Set([
  'ProduceResults',
  'EmptyResult',
  'EmptyRow',
  'Argument',
  'ArgumentTracker',
  'AllNodesScan',
  'NodeByLabelScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedRelationshipByIdSeek',
  'UndirectedRelationshipByIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'Expand(All)',
  'Expand(Into)',
  'OptionalExpand(All)',
  'OptionalExpand(Into)',
  'ProjectEndpoints',
  'ShortestPath',
  'PathPropagatingBFS',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  'NullifyMetadata',
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'RollUpApply',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Optional',
  'Filter',
  'Projection',
  'CacheProperties',
  'Unwind',
  'PartitionedUnwind',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Union',
  'OrderedUnion',
  'Eager',
  'AssertSameNode',
  'AssertSameRelationship',
]);

/** Families whose names carry a variant, e.g. NodeUniqueIndexSeekByRange, VarLengthExpand(Pruning,BFS,All). */
const READ_OPERATOR_PATTERNS = [
  /^(Partitioned)?(Node|MultiNode|AssertingMultiNode|DirectedRelationship|UndirectedRelationship)(Unique)?Index(Seek|Scan|ContainsScan|EndsWithScan|SeekByRange)$/,
  /^Partitioned(AllNodesScan|NodeByLabelScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan)$/,
  /^VarLengthExpand\((All|Into|Pruning|Pruning,BFS|Pruning,BFS,All|Pruning,BFS,Into)\)$/,
  /^(Bidirectional)?Repeat\((Trail|Walk)\)$/,
  /^StatefulShortestPath\((All|Into)\)$/,
];

const ADMIN_OPERATOR = /^(Show\w+|Terminate\w+|AdministrationCommand|SystemProcedureCall|RunQueryAt|CommandCall)$/;
const WRITE_OPERATOR =
  /^(Create\w*|Merge|LockingMerge|Delete\w*|DetachDelete\w*|Set\w+|Remove\w+|Foreach|TransactionApply|TransactionForeach|Drop\w+|DoNothingIfExists.*|LoadCSV)$/;

const refuse = (code: string, message: string) => new AppError(403, code, message);

/** `ProduceResults@neo4j` → `ProduceResults`, and the database it runs on. */
function splitOperator(operatorType: string): { name: string; database?: string } {
  const at = operatorType.lastIndexOf('@');
  return at > 0 ? { name: operatorType.slice(0, at), database: operatorType.slice(at + 1) } : { name: operatorType };
}

/** The procedure a ProcedureCall operator calls: its Details start with `name(args) :: (...)`. */
export function procedureName(op: PlanOperator): string | undefined {
  const details = op.arguments?.Details ?? op.arguments?.details;
  const m = typeof details === 'string' ? /^\s*([\p{L}\p{N}_.`]+)\s*\(/u.exec(details) : null;
  return m ? m[1].replace(/`/g, '') : undefined;
}

export function isReadOperator(name: string): boolean {
  return READ_OPERATORS.has(name) || READ_OPERATOR_PATTERNS.some((p) => p.test(name));
}

/** Throws a 403 naming the first operator of `plan` that the console does not run. */
export function checkPlan(plan: PlanOperator | undefined | null, database: string): void {
  if (!plan)
    throw refuse(
      'plan_refused',
      'The database returned no plan for this query, so the console cannot tell what it would do. Nothing was run.',
    );
  const stack: PlanOperator[] = [plan];
  let seen = 0;
  while (stack.length) {
    const op = stack.pop()!;
    if (++seen > 100000) throw refuse('plan_refused', 'The query plan is too large to check. Nothing was run.');
    const { name, database: on } = splitOperator(String(op.operatorType ?? ''));
    if (on !== undefined && on.toLowerCase() !== database.toLowerCase()) {
      throw refuse(
        'use_refused',
        `The console reads the app's own database ("${database}"); this query would run on "${on}". Nothing was run.`,
      );
    }
    if (name === 'ProcedureCall') {
      const proc = procedureName(op);
      if (!proc || !ALLOWED_PROCEDURES.has(proc.toLowerCase())) {
        throw refuse(
          'procedure_refused',
          `The procedure ${proc ?? '(unnamed)'} is not available in the console. Allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`,
        );
      }
    } else if (name === 'LoadCSV') {
      throw refuse('load_csv_refused', 'LOAD CSV is not available in the console: it reads files and URLs. Nothing was run.');
    } else if (ADMIN_OPERATOR.test(name)) {
      throw refuse('admin_refused', `Administration commands are not available in the console (the plan has ${name}). Nothing was run.`);
    } else if (WRITE_OPERATOR.test(name)) {
      throw refuse('read_only', `The console is read-only: this query would write to the graph (the plan has ${name}). Nothing was run.`);
    } else if (!isReadOperator(name)) {
      throw refuse(
        'plan_refused',
        `The console does not run plans with the operator ${name || '(unnamed)'}: only operators known to read are accepted. Nothing was run.`,
      );
    }
    for (const child of op.children ?? []) stack.push(child);
  }
}
