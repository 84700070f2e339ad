/**
 * The error vocabulary of the API: every code a response can carry, defined once. The server's
 * `AppError` takes only these codes and the web narrows on them (`isApiError(e, 'version_conflict')`).
 * A plain list, importable without zod (the web app's first download stays small).
 */
export const errorCodes = [
  // the request itself
  'validation_failed',
  'malformed_json',
  'bad_request',
  'payload_too_large',
  'unsupported_media_type',
  'uri_too_long',
  'headers_too_large',
  'route_not_found',
  // who is asking
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'rate_limited',
  // the records
  'not_found',
  'already_exists',
  'version_conflict',
  'unknown_reference',
  'out_of_range',
  'email_taken',
  'last_admin',
  'record_deleted',
  'restore_expired',
  // the sales domain
  'stage_gate_unmet',
  'stage_in_use',
  'stage_in_history',
  'opportunity_closed',
  'opportunity_open',
  'handoff_transition',
  'visit_transition',
  'ritual_transition',
  'lead_transition',
  'tuning_suggestion_changed',
  'churn_reason_required',
  'custom_field_invalid',
  'import_mapping_incomplete',
  'import_file_unreadable',
  'import_dates_ambiguous',
  // the platform
  'webhook_url_refused',
  'erasure_refused',
  // getting in
  'setup_done',
  'link_invalid',
  'passwords_disabled',
  'sso_failed',
  // ours
  'internal_error',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The HTTP status each code is answered with. */
export const errorStatus: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  bad_request: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  uri_too_long: 414,
  headers_too_large: 431,
  route_not_found: 404,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  rate_limited: 429,
  not_found: 404,
  already_exists: 409,
  version_conflict: 409,
  unknown_reference: 400,
  out_of_range: 400,
  email_taken: 409,
  last_admin: 409,
  record_deleted: 409,
  restore_expired: 410,
  stage_gate_unmet: 422,
  stage_in_use: 409,
  stage_in_history: 409,
  opportunity_closed: 409,
  opportunity_open: 409,
  handoff_transition: 409,
  visit_transition: 409,
  ritual_transition: 409,
  lead_transition: 409,
  tuning_suggestion_changed: 409,
  churn_reason_required: 422,
  custom_field_invalid: 400,
  import_mapping_incomplete: 400,
  import_file_unreadable: 400,
  import_dates_ambiguous: 400,
  webhook_url_refused: 422,
  erasure_refused: 409,
  setup_done: 409,
  link_invalid: 410,
  passwords_disabled: 403,
  sso_failed: 401,
  internal_error: 500,
};

export const isErrorCode = (v: unknown): v is ErrorCode => typeof v === 'string' && (errorCodes as readonly string[]).includes(v);
