/** An RFC 9457 problem document as the services send it (docs/API.md). */
export interface FieldProblem {
  field: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

/** A refused request: its status and problem document, thrown so that queries and mutations fail. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }

  /** The slug of the problem's type: "/problems/budget-exceeded" is "budget-exceeded". */
  get slug(): string {
    return (this.problem.type ?? '').replace(/^\/problems\//, '');
  }

  /** Field errors keyed by field path ("title", "partners[0].country", "requestedAmounts.MY-MIDA"). */
  fieldErrors(): Map<string, FieldProblem[]> {
    const byField = new Map<string, FieldProblem[]>();
    for (const error of this.problem.errors ?? []) {
      byField.set(error.field, [...(byField.get(error.field) ?? []), error]);
    }
    return byField;
  }
}

export async function toApiError(response: Response): Promise<ApiError> {
  let problem: Problem = {};
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object') {
      problem = body as Problem;
    }
  } catch {
    // a body that is not JSON (a proxy's HTML error page): the status says enough
  }
  return new ApiError(response.status, { status: response.status, ...problem });
}

/** The data of an openapi-fetch result, or an ApiError thrown with its problem document. */
export async function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): Promise<T> {
  if (result.response.ok) {
    return result.data as T;
  }
  const problem = (result.error && typeof result.error === 'object' ? result.error : {}) as Problem;
  throw new ApiError(result.response.status, { status: result.response.status, ...problem });
}
