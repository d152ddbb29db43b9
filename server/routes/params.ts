// Query and path parameters more than one router takes: label and relationship-type lists
// (checked against the model), id lists and an id in the path.
import { z } from 'zod';
import { listOf } from '../http/validate.ts';
import { NODE_LABEL_NAMES, REL_TYPE_NAMES } from '../model/model.ts';
import { idSchema } from '../model/records.ts';

export const labelList = listOf(
  z.enum(NODE_LABEL_NAMES as [string, ...string[]], { message: `unknown label; known: ${NODE_LABEL_NAMES.join(', ')}` }),
  20,
);
export const typeList = listOf(
  z.enum(REL_TYPE_NAMES as [string, ...string[]], { message: `unknown relationship type; known: ${REL_TYPE_NAMES.join(', ')}` }),
  30,
);
export const idList = (max: number) => listOf(idSchema, max);

/** An id in the path; `what` ("node id") names it in a 400 and in the OpenAPI document. */
export const idParam = (what: string) => idSchema.describe(what);

/** A GET without query parameters (any one given is a 400); `what` names the query in that 400. */
export const noQuery = (what: string) => ({ schema: z.object({}), what });
