/**
 * Real-world shapes that are not in the corpus. The first part is written from Google's documented
 * wordings and public reports; the second part is text users pasted into public issues, kept as
 * pasted (unrelated log lines trimmed, real keys replaced by fakes of the same shape), each with
 * its `source`. Used by real-world.test.ts and by the reachability check.
 */
import type { DiagnosisFacts, DiagnosisId } from '@/utils/diagnosis';
import { pythonRepr } from './corpus';

export interface RealWorldCase {
  name: string;
  id: DiagnosisId;
  /** An HTTP answer (status + body) … */
  response?: { status: number; body: unknown };
  /** … or text as a user would paste it. */
  text?: string;
  facts?: Partial<DiagnosisFacts>;
  /** Where a verbatim report was found: "<url> (<date>)". */
  source?: string;
}

const errorInfo = (reason: string, metadata: Record<string, string> = {}) => ({
  '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
  reason,
  domain: 'googleapis.com',
  metadata: { service: 'generativelanguage.googleapis.com', ...metadata },
});

const raw = String.raw;

const OAUTH_MESSAGE =
  'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';

export const REAL_WORLD_CASES: RealWorldCase[] = [
  {
    name: '2026 wording: API Key not found (bare message)',
    id: 'key-invalid',
    text: 'API Key not found. Please pass a valid API key.',
    facts: { httpStatus: 400 },
  },
  {
    name: 'API Key not found with API_KEY_INVALID',
    id: 'key-invalid',
    response: {
      status: 400,
      body: { error: { code: 400, message: 'API Key not found. Please pass a valid API key.', status: 'INVALID_ARGUMENT', details: [errorInfo('API_KEY_INVALID')] } },
    },
    facts: { reason: 'API_KEY_INVALID', googleStatus: 'INVALID_ARGUMENT' },
  },
  {
    name: 'legacy errors[] keyInvalid',
    id: 'key-invalid',
    response: { status: 400, body: { error: { errors: [{ domain: 'usageLimits', reason: 'keyInvalid', message: 'Bad Request' }], code: 400, message: 'Bad Request' } } },
  },
  {
    name: 'API_KEY_IP_ADDRESS_BLOCKED',
    id: 'key-ip-restricted',
    response: {
      status: 403,
      body: {
        error: {
          code: 403,
          message: 'The provided API key has an IP address restriction. The originating IP address of the call (1.2.3.4) violates this restriction.',
          status: 'PERMISSION_DENIED',
          details: [errorInfo('API_KEY_IP_ADDRESS_BLOCKED', { consumer: 'projects/123456789012', callerIp: '1.2.3.4' })],
        },
      },
    },
    facts: { project: '123456789012' },
  },
  {
    name: 'IP restriction, message only',
    id: 'key-ip-restricted',
    text: 'The provided API key has an IP address restriction. The originating IP address of the call (2001:db8::1) violates this restriction.',
  },
  {
    name: 'API_KEY_IOS_APP_BLOCKED',
    id: 'key-app-restricted',
    response: {
      status: 403,
      body: {
        error: {
          code: 403,
          message: 'Requests from this iOS client application <empty> are blocked.',
          status: 'PERMISSION_DENIED',
          details: [errorInfo('API_KEY_IOS_APP_BLOCKED', { consumer: 'projects/123456789012', iosBundleId: '<empty>' })],
        },
      },
    },
  },
  {
    name: 'Android restriction, firebaseinstallations-style JSON with androidPackage',
    id: 'key-app-restricted',
    text: '{"error":{"code":403,"message":"Requests from this Android client application \\u003cempty\\u003e are blocked.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_ANDROID_APP_BLOCKED","domain":"googleapis.com","metadata":{"consumer":"projects/123456789012","service":"generativelanguage.googleapis.com","androidPackage":"<empty>"}}]}}',
    facts: { httpStatus: 403, project: '123456789012' },
  },
  {
    name: 'Imagen is paid-only (400 INVALID_ARGUMENT, not a bad request)',
    id: 'billing-required',
    response: { status: 400, body: { error: { code: 400, message: 'Imagen API is only accessible to billed users at this time.', status: 'INVALID_ARGUMENT' } } },
  },
  {
    name: 'free tier not available in the country',
    id: 'billing-required',
    response: {
      status: 400,
      body: { error: { code: 400, message: 'Gemini API free tier is not available in your country. Please enable billing on your project in Google AI Studio.', status: 'FAILED_PRECONDITION' } },
    },
  },
  {
    name: 'BILLING_DISABLED (Vertex-style wording)',
    id: 'billing-required',
    response: {
      status: 403,
      body: {
        error: {
          code: 403,
          message:
            'This API method requires billing to be enabled. Please enable billing on project #123456789012 by visiting https://console.developers.google.com/billing/enable?project=123456789012 then retry. If you enabled billing for this project recently, wait a few minutes for the action to propagate to our systems and retry.',
          status: 'PERMISSION_DENIED',
          details: [errorInfo('BILLING_DISABLED', { consumer: 'projects/123456789012' })],
        },
      },
    },
    facts: { project: '123456789012', reason: 'BILLING_DISABLED' },
  },
  {
    name: 'prepay depleted, 402 as in Google’s troubleshooting table',
    id: 'prepay-depleted',
    response: { status: 402, body: { error: { code: 402, message: 'Your prepayment credits are depleted.', status: 'RESOURCE_EXHAUSTED' } } },
  },
  {
    name: 'prepay depleted, 429 carrying BILLING_DISABLED',
    id: 'prepay-depleted',
    response: {
      status: 429,
      body: {
        error: {
          code: 429,
          message: 'Your prepayment credits are depleted. Please go to AI Studio at https://ai.studio/projects to manage your project and billing.',
          status: 'RESOURCE_EXHAUSTED',
          details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'BILLING_DISABLED', domain: 'googleapis.com' }],
        },
      },
    },
  },
  {
    name: 'prepay depleted, docs wording',
    id: 'prepay-depleted',
    text: '402 RESOURCE_EXHAUSTED: Your Prepay credit balance is depleted.',
    facts: { httpStatus: 402 },
  },
  {
    name: 'prepay depleted, Live API websocket close 1011',
    id: 'prepay-depleted',
    text: 'WebSocket closed: code 1011, reason: Your prepayment credits are depleted.',
  },
  {
    name: 'free tier limit 0 read from QuotaFailure (message without per-metric lines)',
    id: 'free-tier-limit-zero',
    response: {
      status: 429,
      body: {
        error: {
          code: 429,
          message: 'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.',
          status: 'RESOURCE_EXHAUSTED',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
              violations: [
                {
                  quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
                  quotaId: 'GenerateRequestsPerDayPerProjectPerModel-FreeTier',
                  quotaDimensions: { location: 'global', model: 'gemini-2.5-pro' },
                  quotaValue: '0',
                },
              ],
            },
            { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '7s' },
          ],
        },
      },
    },
    facts: { model: 'gemini-2.5-pro', retryAfterSeconds: 7, quotaId: 'GenerateRequestsPerDayPerProjectPerModel-FreeTier' },
  },
  {
    name: 'model retired for new users',
    id: 'model-not-found',
    response: {
      status: 404,
      body: {
        error: {
          code: 404,
          message: 'This model models/gemini-1.0-pro is no longer available to new users. Please update your code to use a newer model for the latest features and improvements.',
          status: 'NOT_FOUND',
        },
      },
    },
    facts: { model: 'gemini-1.0-pro' },
  },
  {
    name: '504 DEADLINE_EXCEEDED',
    id: 'server-error',
    response: { status: 504, body: { error: { code: 504, message: 'Deadline expired before operation could complete.', status: 'DEADLINE_EXCEEDED' } } },
  },
  {
    name: '504 DEADLINE_EXCEEDED as a python repr',
    id: 'server-error',
    text: "504 DEADLINE_EXCEEDED. {'error': {'code': 504, 'message': 'Deadline expired before operation could complete.', 'status': 'DEADLINE_EXCEEDED'}}",
    facts: { httpStatus: 504, googleStatus: 'DEADLINE_EXCEEDED' },
  },
  {
    name: '499 CANCELLED',
    id: 'server-error',
    response: { status: 499, body: { error: { code: 499, message: 'The operation was cancelled.', status: 'CANCELLED' } } },
  },
  {
    name: 'model overloaded, python repr',
    id: 'server-error',
    text: "google.genai.errors.ServerError: 503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The model is overloaded. Please try again later.', 'status': 'UNAVAILABLE'}}",
  },
  {
    name: 'location in grpc form (old python SDK)',
    id: 'location-unsupported',
    text: '<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.FAILED_PRECONDITION\n\tdetails = "User location is not supported for the API use."\n\tdebug_error_string = "UNKNOWN:Error received from peer ipv4:142.250.4.95:443 {grpc_message:"User location is not supported for the API use.", grpc_status:9, created_time:"2023-12-16T10:12:01.5+08:00"}"\n>',
    facts: { httpStatus: 400, googleStatus: 'FAILED_PRECONDITION' },
  },
  {
    name: 'location in bare grpc_status form',
    id: 'location-unsupported',
    text: 'grpc_status:9 grpc_message:"User location is not supported for the API use."',
    facts: { message: 'User location is not supported for the API use.', httpStatus: 400 },
  },
  {
    name: 'CONSUMER_INVALID',
    id: 'permission-denied',
    response: {
      status: 403,
      body: {
        error: {
          code: 403,
          message: 'Permission denied on resource project my-gemini-project.',
          status: 'PERMISSION_DENIED',
          details: [errorInfo('CONSUMER_INVALID', { consumer: 'projects/my-gemini-project', service: 'cloudaicompanion.googleapis.com' })],
        },
      },
    },
    facts: { project: 'my-gemini-project', reason: 'CONSUMER_INVALID' },
  },
  {
    name: 'SERVICE_DISABLED for aiplatform: the Vertex AI API is off in that project (its own API, not the Gemini API)',
    id: 'vertex-api-disabled',
    response: {
      status: 403,
      body: {
        error: {
          code: 403,
          message:
            'Vertex AI API has not been used in project 123456789012 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/aiplatform.googleapis.com/overview?project=123456789012 then retry.',
          status: 'PERMISSION_DENIED',
          details: [errorInfo('SERVICE_DISABLED', { service: 'aiplatform.googleapis.com', consumer: 'projects/123456789012', containerInfo: '123456789012' })],
        },
      },
    },
    facts: { service: 'aiplatform.googleapis.com', project: '123456789012' },
  },
  {
    name: 'legacy RATE_LIMIT_EXCEEDED in protobuf text (api_core)',
    id: 'quota-exceeded',
    text: `google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for quota metric 'Generate Content API requests per minute' and limit 'GenerateContent request limit per minute for a region' of service 'generativelanguage.googleapis.com' for consumer 'project_number:602341552431'. [reason: "RATE_LIMIT_EXCEEDED"
domain: "googleapis.com"
metadata {
  key: "service"
  value: "generativelanguage.googleapis.com"
}
metadata {
  key: "quota_location"
  value: "us-east1"
}
metadata {
  key: "quota_limit"
  value: "GenerateContentRequestsPerMinutePerProjectPerRegion"
}
metadata {
  key: "quota_limit_value"
  value: "60"
}
metadata {
  key: "consumer"
  value: "projects/602341552431"
}
, links {
  description: "Request a higher quota limit."
  url: "https://cloud.google.com/docs/quotas/help/request_increase"
}
]`,
    facts: {
      httpStatus: 429,
      reason: 'RATE_LIMIT_EXCEEDED',
      project: '602341552431',
      quotaId: 'GenerateContentRequestsPerMinutePerProjectPerRegion',
      service: 'generativelanguage.googleapis.com',
    },
  },
  {
    name: 'api_core ResourceExhausted, bare',
    id: 'quota-exceeded',
    text: 'google.api_core.exceptions.ResourceExhausted: 429 Resource has been exhausted (e.g. check quota).',
    facts: { httpStatus: 429, message: 'Resource has been exhausted (e.g. check quota).' },
  },
  {
    name: 'API keys are not supported (generic, Vertex)',
    id: 'wrong-endpoint',
    text: 'WebSocket closed with code 1008: API keys are not supported by this API. Expected OAuth2 access token or other authentication credentials that assert a principal. See https://cloud.google.com/docs/authentication',
  },
  {
    name: 'Kilo, June 2026: OAuth wording without a reason → bearer-auth-used',
    id: 'bearer-auth-used',
    response: { status: 401, body: { error: { code: 401, message: OAUTH_MESSAGE, status: 'UNAUTHENTICATED' } } },
  },
  {
    name: 'OAuth wording with ACCESS_TOKEN_TYPE_UNSUPPORTED → key-type-unsupported',
    id: 'key-type-unsupported',
    response: {
      status: 401,
      body: {
        error: {
          code: 401,
          message: OAUTH_MESSAGE,
          status: 'UNAUTHENTICATED',
          details: [errorInfo('ACCESS_TOKEN_TYPE_UNSUPPORTED', { method: 'google.ai.generativelanguage.v1beta.GenerativeService.GenerateContent' })],
        },
      },
    },
  },
  {
    name: 'gemini-cli "[API Error: … (Status: UNAUTHENTICATED)]"',
    id: 'bearer-auth-used',
    text: `[API Error: ${OAUTH_MESSAGE} (Status: UNAUTHENTICATED)]`,
    facts: { httpStatus: 401, googleStatus: 'UNAUTHENTICATED' },
  },
  {
    name: 'truncated SERVICE_DISABLED body',
    id: 'api-disabled',
    text: '{"error": {"code": 403, "message": "Generative Language API has not been used in project 98765432101 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=98765432101 then retry.", "status": "PERMISSION_DENIED", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "SERVICE_DIS',
    facts: { httpStatus: 403, project: '98765432101' },
  },
  {
    name: 'truncated @google/genai wrapper around a 429',
    id: 'quota-exceeded',
    text: '{"error":{"message":"{\\n  \\"error\\": {\\n    \\"code\\": 429,\\n    \\"message\\": \\"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-',
    facts: { httpStatus: 429 },
  },
  {
    name: 'truncated python repr, reason salvaged',
    id: 'key-invalid',
    text: "400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'API key not valid. Please pass a valid API key.', 'status': 'INVALID_ARGUMENT', 'details': [{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': 'API_KEY_INVALID', 'domain': 'googleap",
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID', message: 'API key not valid. Please pass a valid API key.' },
  },
  {
    name: 'protobuf text API_KEY_INVALID from the old python SDK',
    id: 'key-invalid',
    text: 'google.api_core.exceptions.InvalidArgument: 400 API key not valid. Please pass a valid API key. [reason: "API_KEY_INVALID"\ndomain: "googleapis.com"\nmetadata {\n  key: "service"\n  value: "generativelanguage.googleapis.com"\n}\n]',
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID', service: 'generativelanguage.googleapis.com', message: 'API key not valid. Please pass a valid API key.' },
  },
  {
    name: 'Live API websocket close 1007 with an invalid key',
    id: 'key-invalid',
    text: 'received 1007 (invalid frame payload data) API key not valid. Please pass a valid API key.; then sent 1007 (invalid frame payload data) API key not valid. Please pass a valid API key.',
    facts: { httpStatus: 400 },
  },
  {
    name: 'key echoed in a pasted URL is redacted',
    id: 'key-invalid',
    text: 'POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW 400 API key not valid. Please pass a valid API key.',
  },
  {
    name: 'expired key via legacy keyExpired',
    id: 'key-expired',
    response: { status: 400, body: { error: { errors: [{ domain: 'usageLimits', reason: 'keyExpired', message: 'Bad Request' }], code: 400, message: 'API key expired. Please renew the API key.' } } },
  },
  {
    name: 'no key sent to an OAuth-capable method',
    id: 'key-missing',
    response: {
      status: 401,
      body: {
        error: {
          code: 401,
          message:
            'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
          status: 'UNAUTHENTICATED',
        },
      },
    },
  },
  {
    name: 'Vertex per-base-model quota, bare message',
    id: 'quota-exceeded',
    text: 'Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model with base model: gemini-1.5-pro. Please submit a quota increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.',
    facts: { httpStatus: 429, model: 'gemini-1.5-pro' },
  },
  {
    name: 'google-genai ClientError whose message holds the body as a string',
    id: 'key-leaked',
    text: `google.genai.errors.ClientError: 403 Forbidden. ${pythonRepr({
      message: JSON.stringify({ error: { code: 403, message: 'Your API key was reported as leaked. Please use another API key.', status: 'PERMISSION_DENIED' } }, null, 2),
      status: 'Forbidden',
    })}`,
    facts: { httpStatus: 403, googleStatus: 'PERMISSION_DENIED', message: 'Your API key was reported as leaked. Please use another API key.' },
  },
  {
    name: 'Google’s HTML page inside a client wrapper',
    id: 'not-google-json',
    text: '{"error":{"message":"<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <title>Error 404 (Not Found)!!1</title>","code":404,"status":"Not Found"}}',
    facts: { httpStatus: 404 },
  },
  {
    name: 'SDK could not reach Google',
    id: 'network-error',
    text: '[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent: TypeError: fetch failed',
  },
  {
    name: 'SDK timed out',
    id: 'timeout',
    text: 'Error: connect ETIMEDOUT 142.250.4.95:443 (generativelanguage.googleapis.com)',
  },
  {
    name: 'generateContent success',
    id: 'key-ok',
    response: {
      status: 200,
      body: { candidates: [{ content: { parts: [{ text: 'Hi' }], role: 'model' }, finishReason: 'STOP' }], usageMetadata: { totalTokenCount: 3 } },
    },
  },
  {
    name: 'streamGenerateContent success (JSON array)',
    id: 'key-ok',
    response: { status: 200, body: [{ candidates: [{ content: { parts: [{ text: 'Hi' }] } }] }] },
  },
  {
    name: 'empty 403 body',
    id: 'not-google-json',
    response: { status: 403, body: '' },
  },
  {
    name: 'captive portal page',
    id: 'not-google-json',
    response: { status: 200, body: '<html><head><title>Sign in to Wi-Fi</title></head><body>Accept the terms</body></html>' },
  },
  {
    name: '502 HTML from a proxy',
    id: 'not-google-json',
    response: { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
  },
  {
    name: 'unknown FAILED_PRECONDITION keeps the message',
    id: 'unknown',
    response: { status: 400, body: { error: { code: 400, message: 'Precondition check failed.', status: 'FAILED_PRECONDITION' } } },
    facts: { message: 'Precondition check failed.', googleStatus: 'FAILED_PRECONDITION' },
  },
  {
    name: 'unknown 409 keeps the message',
    id: 'unknown',
    response: { status: 409, body: { error: { code: 409, message: 'Resource already exists.', status: 'ALREADY_EXISTS' } } },
    facts: { message: 'Resource already exists.' },
  },

  // ══ Reported verbatim in public issues (2023-2026) ═══════════════════════════════════════════
  // ── key-invalid ─────────────────────────────────────────────────────────
  {
    name: 'Continue: one-element JSON array with LocalizedMessage',
    id: 'key-invalid',
    source: 'https://github.com/continuedev/continue/issues/8516 (2025-10-30)',
    text: `[{
  "error": {
    "code": 400,
    "message": "API key not valid. Please pass a valid API key.",
    "status": "INVALID_ARGUMENT",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "API_KEY_INVALID",
        "domain": "googleapis.com",
        "metadata": {
          "service": "generativelanguage.googleapis.com"
        }
      },
      {
        "@type": "type.googleapis.com/google.rpc.LocalizedMessage",
        "locale": "en-US",
        "message": "API key not valid. Please pass a valid API key."
      }
    ]
  }
}
]`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID' },
  },
  {
    name: 'google-genai repr wrapped by a terminal, with line numbers and DebugInfo',
    id: 'key-invalid',
    source: 'https://github.com/google/timesketch/pull/3703 (2026-02-10)',
    text: `   1 Error generating content: 400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'API key not valid.
   2 Please pass a valid API key.', 'status': 'INVALID_ARGUMENT', 'details': [{'@type':
   3 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': 'API_KEY_INVALID', 'domain': 'googleapis.com',
   4 'metadata': {'service': 'generativelanguage.googleapis.com'}}, {'@type':
   5 'type.googleapis.com/google.rpc.LocalizedMessage', 'locale': 'en-US', 'message': 'API key not valid.
   6 Please pass a valid API key.'}, {'@type': 'type.googleapis.com/google.rpc.DebugInfo', 'detail':
   7 'Invalid API key: INVALID_KEY_BLAH'}]}}`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID' },
  },
  {
    name: 'nuxt log around the @google/generative-ai string',
    id: 'key-invalid',
    source: 'https://github.com/Jazee6/cloudflare-ai-web/issues/13 (2024-01-08)',
    text: `[nuxt] [request error] [unhandled] [500] [GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1/models/gemini-pro:streamGenerateContent?alt=sse: [400 Bad Request] API key not valid. Please pass a valid API key. [{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}}]
  at (index.mjs:1:117486)  
  at (index.mjs:1:121869)`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID', model: 'gemini-pro' },
  },
  {
    name: 'LangChain ChatGoogleGenerativeAIError, quoted as a Markdown blockquote, protobuf cut off',
    id: 'key-invalid',
    source: 'https://github.com/assafelovic/gpt-researcher/issues/410 (2024-03-24)',
    text: `> File "gpt-researcher-v.0.1.6/.venv/lib/python3.12/site-packages/langchain_google_genai/chat_models.py", line 179, in _achat_with_retry
>     raise ChatGoogleGenerativeAIError(
> langchain_google_genai.chat_models.ChatGoogleGenerativeAIError: Invalid argument provided to Gemini: 400 API key not valid. Please pass a valid API key. [reason: "API_KEY_INVALID"
> domain: "googleapis.com"
> metadata {
>   key: "service"
>   value: "generativelanguage.googleapis.com"`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID' },
  },
  {
    name: 'Go googleapi: "got HTTP response code 400 with body: [{…}]" in a timestamped log',
    id: 'key-invalid',
    source: 'https://github.com/micr0-dev/lexido/issues/54 (2024-04-15)',
    text: `2024/04/15 10:30:36 An error occurred: googleapi: Error 400:
2024/04/15 10:30:36 error details: googleapi: got HTTP response code 400 with body: [{
  "error": {
    "code": 400,
    "message": "API key not valid. Please pass a valid API key.",
    "status": "INVALID_ARGUMENT",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "API_KEY_INVALID",
        "domain": "googleapis.com",
        "metadata": {
          "service": "generativelanguage.googleapis.com"
        }
      }
    ]
  }
}
]`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID' },
  },
  {
    name: 'OpenDevin/LiteLLM log lines repeating the api_core protobuf text',
    id: 'key-invalid',
    source: 'https://github.com/BerriAI/litellm/issues/3356 (2024-04-29)',
    text: `Give Feedback / Get Help: https://github.com/BerriAI/litellm/issues/new
LiteLLM.Info: If you need to debug this error, use \`litellm.set_verbose=True'.

19:26:32 - opendevin:ERROR: llm.py:64 - 400 API key not valid. Please pass a valid API key. [reason: "API_KEY_INVALID"
domain: "googleapis.com"
metadata {
  key: "service"
  value: "generativelanguage.googleapis.com"
}
]. Attempt #1 | You can customize these settings in the configuration.`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID', service: 'generativelanguage.googleapis.com' },
  },
  {
    name: 'Rust client: "Gemini API error (400 Bad Request): {…}" (an OAuth token sent as ?key=)',
    id: 'key-invalid',
    source: 'https://github.com/zeroclaw-labs/zeroclaw/issues/194 (2026-02-15)',
    text: `Error: All providers failed. Attempts:
gemini attempt 1/3: Gemini API error (400 Bad Request): {
  "error": {
    "code": 400,
    "message": "API key not valid. Please pass a valid API key.",
    "status": "INVALID_ARGUMENT",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "API_KEY_INVALID",
        "domain": "googleapis.com",
        "metadata": {
          "service": "generativelanguage.googleapis.com"
        }
      },
      {
        "@type": "type.googleapis.com/google.rpc.LocalizedMessage",
        "locale": "en-US",
        "message": "API key not valid. Please pass a valid API key."
      }
    ]
  }
}`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID' },
  },
  {
    name: 'gemini-cli "[API Error: … (Status: INVALID_ARGUMENT)]"',
    id: 'key-invalid',
    source: 'https://github.com/google-gemini/gemini-cli/issues/4690 (2025-07-22)',
    text: '✕ [API Error: API key not valid. Please pass a valid API key. (Status: INVALID_ARGUMENT)]',
    facts: { httpStatus: 400, googleStatus: 'INVALID_ARGUMENT' },
  },
  {
    name: '2026 "API Key not found" with a details entry stripped of @type',
    id: 'key-invalid',
    source: 'https://github.com/Wei-Shaw/sub2api/issues/1709 (2026-04-16)',
    text: `{
  "error": {
    "code": 400,
    "message": "API Key not found. Please pass a valid API key.",
    "status": "INVALID_ARGUMENT",
    "details": [
      {
        "reason": "API_KEY_INVALID",
        "domain": "googleapis.com"
      }
    ]
  }
}`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID' },
  },
  {
    name: 'proxy log with a Gemini wrapper and an OpenAI error on the next line',
    id: 'key-invalid',
    source: 'https://github.com/router-for-me/CLIProxyAPI/issues/2016 (2026-03-10)',
    text: raw`gemini:{"error":{"message":"{\n \"error\": {\n \"code\": 400,\n \"message\": \"API key not valid. Please pass a valid API key.\",\n \"status\": \"INVALID_ARGUMENT\",\n \"details\": [\n {\n \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n \"reason\": \"API_KEY_INVALID\",\n \"domain\": \"googleapis.com\",\n \"metadata\": {\n \"service\": \"generativelanguage.googleapis.com\"\n }\n },\n {\n \"@type\": \"type.googleapis.com/google.rpc.LocalizedMessage\",\n \"locale\": \"en-US\",\n \"message\": \"API key not valid. Please pass a valid API key.\"\n }\n ]\n }\n}\n","code":400,"status":"Bad Request"}}
codex:{ "error": { "message": "No tool call found for function call output with call_id call_nOWDnpBmdz4KqHWu8nM0q90k.", "type": "invalid_request_error", "param": "input", "code": null } }`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID' },
  },
  {
    name: '@google/genai wrapper hard-wrapped by the terminal inside its string',
    id: 'key-invalid',
    source: 'https://github.com/can1357/oh-my-pi/issues/449 (2026-03-16)',
    text: raw`Error: {"error":{"message":"{\n  \"error\": {\n    \"code\": 400,\n    \"message\": \"API key not valid. Please pass a valid API key.\",\n
 \"status\": \"INVALID_ARGUMENT\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n
 \"reason\": \"API_KEY_INVALID\",\n        \"domain\": \"googleapis.com\",\n        \"metadata\": {\n          \"service\":
 \"generativelanguage.googleapis.com\"\n        }\n      },\n      {\n        \"@type\":
 \"type.googleapis.com/google.rpc.LocalizedMessage\",\n        \"locale\": \"en-US\",\n        \"message\": \"API key not valid. Please pass a
 valid API key.\"\n      }\n    ]\n  }\n}\n","code":400,"status":"Bad Request"}}
 raw-http-request=/Users/saimon.moore/.omp/logs/http-400-requests/1773682987206-2f9p7uert2h1o.json`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID' },
  },
  {
    name: 'python dict repr inside an app message ("The data return was {…}")',
    id: 'key-invalid',
    source: 'https://github.com/expectedparrot/edsl/issues/918 (2024-08-26)',
    text: `The data return was {'error': {'code': 400, 'message': 'API key not valid. Please pass a valid API key.', 'status': 'INVALID_ARGUMENT', 'details': [{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': 'API_KEY_INVALID', 'domain': 'googleapis.com', 'metadata': {'service': 'generativelanguage.googleapis.com'}}]}}, which was missing the key 'candidates'
Attempt 1 failed with exception:'candidates' now waiting 1.00 seconds before retrying.Parameters: start=1.0, max=60.0, max_attempts=5.`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID' },
  },
  {
    name: 'LiteLLM AuthenticationError: GeminiException, cut after the status',
    id: 'key-invalid',
    source: 'https://github.com/BerriAI/litellm/issues/14770 (2025-09-22)',
    text: `ERROR - litellm.AuthenticationError: GeminiException - {
  "error": {
    "code": 400,
    "message": "API key not valid. Please pass a valid API key.",
    "status": "INVALID_ARGUMENT",`,
    facts: { httpStatus: 400, googleStatus: 'INVALID_ARGUMENT' },
  },
  {
    name: 'gemini-cli debug console: box-drawn, cut mid-JSON ("API Key not found")',
    id: 'key-invalid',
    source: 'https://github.com/google-gemini/gemini-cli/issues/25198 (2026-04-12)',
    text: `│      status: 400                                                                                   │
│    }                                                                                               │
│ ⚠  [Routing] NumericalClassifierStrategy failed: Error: Failed to generate content: {"error":{"code":400,"message":"API Key not found. Please pass a valid API                          │
│    key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"se`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID' },
  },
  // ── key-expired ─────────────────────────────────────────────────────────
  {
    name: 'gemini-cli "[API Error: {wrapper}]" with real line breaks inside the escaped body',
    id: 'key-expired',
    source: 'https://github.com/google-gemini/gemini-cli/issues/4430 (2025-07-18)',
    text: raw`"[API Error: {"error":{"message":"{\n  \"error\": {\n    \"code\": 400,\n    \"message\": \"API key expired. Please renew the API key.\",\n    \"status\": \"INVALID_ARGUMENT\",\n    \"details\": [\n 
       {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"API_KEY_INVALID\",\n        \"domain\": \"googleapis.com\",\n        \"metadata\": {\n          
  \"service\": \"generativelanguage.googleapis.com\"\n        }\n      },\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.LocalizedMessage\",\n        \"locale\": \"en-US\",\n        
  \"message\": \"API key expired. Please renew the API key.\"\n      }\n    ]\n  }\n}\n","code":400,"status":"Bad Request"}}]`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID' },
  },
  {
    name: 'app exception around api_core protobuf text with LocalizedMessage',
    id: 'key-expired',
    source: 'https://github.com/SamuelSchmidgall/AgentLaboratory/issues/33 (2025-01-29)',
    text: `Inference Exception: 400 API key expired. Please renew the API key. [reason: "API_KEY_INVALID"
domain: "googleapis.com"
metadata {
  key: "service"
  value: "generativelanguage.googleapis.com"
}
, locale: "en-US"
message: "API key expired. Please renew the API key."
]`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID', message: 'API key expired. Please renew the API key.' },
  },
  {
    name: 'google-generativeai REST transport: "400 POST <url>: message [details repr]" plus a question',
    id: 'key-expired',
    source: 'https://github.com/ShmuelRonen/ComfyUI-Gemini_Flash_2.0_Exp/issues/22 (2025-03-30)',
    text: `Error: 400 POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash-exp:generateContent?%24alt=json%3Benum-encoding%3Dint: API key expired. Please renew the API key. [{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': 'API_KEY_INVALID', 'domain': 'googleapis.com', 'metadata': {'service': 'generativelanguage.googleapis.com'}}, {'@type': 'type.googleapis.com/google.rpc.LocalizedMessage', 'locale': 'en-US', 'message': 'API key expired. Please renew the API key.'}]怎么解决？`,
    facts: { httpStatus: 400, reason: 'API_KEY_INVALID', model: 'gemini-2.0-flash-exp' },
  },
  {
    name: 'llm CLI: bare message after "Error:"',
    id: 'key-expired',
    source: 'https://github.com/simonw/llm/issues/1213 (2025-07-14)',
    text: 'Error: API key expired. Please renew the API key.',
    facts: { httpStatus: 400 },
  },
  {
    name: 'Continue wrapper',
    id: 'key-expired',
    source: 'https://github.com/continuedev/continue/issues/11336 (2026-03-12)',
    text: raw`{"error":{"message":"{\n  \"error\": {\n    \"code\": 400,\n    \"message\": \"API key expired. Please renew the API key.\",\n    \"status\": \"INVALID_ARGUMENT\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"API_KEY_INVALID\",\n        \"domain\": \"googleapis.com\",\n        \"metadata\": {\n          \"service\": \"generativelanguage.googleapis.com\"\n        }\n      },\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.LocalizedMessage\",\n        \"locale\": \"en-US\",\n        \"message\": \"API key expired. Please renew the API key.\"\n      }\n    ]\n  }\n}\n","code":400,"status":"Bad Request"}}`,
    facts: { httpStatus: 400, googleStatus: 'INVALID_ARGUMENT', reason: 'API_KEY_INVALID' },
  },
  // ── key-suspended / key-leaked ──────────────────────────────────────────
  {
    name: 'Continue wrapper, CONSUMER_SUSPENDED with the key in message and containerInfo (key replaced)',
    id: 'key-suspended',
    source: 'https://github.com/continuedev/continue/issues/10902 (2026-02-28)',
    text: raw`{"error":{"message":"{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Permission denied: Consumer 'api_key:AIzaSyA0b1C2d3E4f5G6h7I8j9K0l1M2n3O4p5Q' has been suspended.\",\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"CONSUMER_SUSPENDED\",\n        \"domain\": \"googleapis.com\",\n        \"metadata\": {\n          \"consumer\": \"projects/895908428397\",\n          \"service\": \"generativelanguage.googleapis.com\",\n          \"containerInfo\": \"api_key:AIzaSyA0b1C2d3E4f5G6h7I8j9K0l1M2n3O4p5Q\"\n        }\n      },\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.LocalizedMessage\",\n        \"locale\": \"en-US\",\n        \"message\": \"Permission denied: Consumer 'api_key:AIzaSyA0b1C2d3E4f5G6h7I8j9K0l1M2n3O4p5Q' has been suspended.\"\n      }\n    ]\n  }\n}\n","code":403,"status":"Forbidden"}}`,
    facts: {
      httpStatus: 403,
      reason: 'CONSUMER_SUSPENDED',
      project: '895908428397',
      message: "Permission denied: Consumer 'api_key:AIza…4p5Q' has been suspended.",
    },
  },
  {
    name: 'one-api channel test: "status code 403: <message>" (key replaced)',
    id: 'key-suspended',
    source: 'https://github.com/songquanpeng/one-api/issues/1775 (2024-08-29)',
    text: "错误：status code 403: Permission denied: Consumer 'api_key:AIzaSyFakeFakeFakeFakeFakeFakeFake12345' has been suspended.",
    facts: { httpStatus: 403 },
  },
  {
    name: 'leaked key, bare message as an issue title',
    id: 'key-leaked',
    source: 'https://github.com/google-gemini-php/laravel/issues/47 (2025-12-17)',
    text: 'Your API key was reported as leaked. Please use another API key.',
    facts: { httpStatus: 403 },
  },
  // ── api-disabled / restrictions ─────────────────────────────────────────
  {
    name: 'PaLM-era api_core protobuf: links before reason, reason pasted in Markdown bold',
    id: 'api-disabled',
    source: 'https://github.com/google-gemini/deprecated-generative-ai-python/issues/10 (2023-05-10)',
    text: `**Exception has occurred: PermissionDenied**       (note: full exception trace is shown but execution is paused at: _run_module_as_main)
403 Generative Language API has not been used in project 411082643095 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=411082643095 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry. [links {
  description: "Google developers console API activation"
  url: "https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=411082643095"
}
, reason: "**SERVICE_DISABLED**"
domain: "googleapis.com"
metadata {
  key: "consumer"
  value: "projects/411082643095"
}
metadata {
  key: "service"
  value: "generativelanguage.googleapis.com"
}
]`,
    facts: { httpStatus: 403, project: '411082643095', service: 'generativelanguage.googleapis.com' },
  },
  {
    name: 'staging API disabled, bare message',
    id: 'api-disabled',
    source: 'https://github.com/google/generative-ai-docs/issues/77 (2023-07-12)',
    text: 'Generative Language API (Staging) has not been used in project 131675271456 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/staging-generativelanguage.sandbox.googleapis.com/overview?project=131675271456 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.',
    facts: { httpStatus: 403, project: '131675271456', service: 'staging-generativelanguage.sandbox.googleapis.com' },
  },
  {
    name: 'GitHub Actions debug output, gemini-cli error cut mid-message',
    id: 'api-disabled',
    source: 'https://github.com/phateio/kiris/pull/39 (2025-10-06)',
    text: `Error:     at async main (file:///usr/local/lib/node_modules/@google/gemini-cli/dist/src/gemini.js:291:9)
See logs for more details
Error: Process completed with exit code 1.
##[debug]Set output gemini_response = 
##[debug]Set output gemini_errors = [API Error: {"error":{"code":403,"message":"Generative Language API has not been used in project 580640415319 before or it is disabled. Enable it by`,
    facts: { httpStatus: 403, project: '580640415319' },
  },
  {
    name: 'Continue wrapper, API_KEY_SERVICE_BLOCKED for StreamGenerateContent',
    id: 'key-api-restricted',
    source: 'https://github.com/continuedev/continue/issues/12781 (2026-06-18)',
    text: raw`{"error":{"message":"{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.StreamGenerateContent are blocked.\",\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"API_KEY_SERVICE_BLOCKED\",\n        \"domain\": \"googleapis.com\",\n        \"metadata\": {\n          \"consumer\": \"projects/177838813423\",\n          \"service\": \"generativelanguage.googleapis.com\",\n          \"apiName\": \"generativelanguage.googleapis.com\",\n          \"methodName\": \"google.ai.generativelanguage.v1beta.GenerativeService.StreamGenerateContent\"\n        }\n      },\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.LocalizedMessage\",\n        \"locale\": \"en-US\",\n        \"message\": \"Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.StreamGenerateContent are blocked.\"\n      }\n    ]\n  }\n}\n","code":403,"status":"Forbidden"}}`,
    facts: { httpStatus: 403, reason: 'API_KEY_SERVICE_BLOCKED', project: '177838813423' },
  },
  {
    name: 'Dart SDK "Generative AI Error:", key restricted to "Gemini for Google Cloud API"',
    id: 'key-api-restricted',
    source: 'https://github.com/google-gemini/deprecated-generative-ai-dart/issues/219 (2024-12-25)',
    text: '“Generative AI Error: Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.GenerateContent are blocked.”',
    facts: { httpStatus: 403 },
  },
  {
    name: 'Dart SDK, same key with a website restriction: referer shown as "empty"',
    id: 'key-referrer-restricted',
    source: 'https://github.com/google-gemini/deprecated-generative-ai-dart/issues/219 (2024-12-25)',
    text: '“Generative AI Error: Requests from referer "empty" are blocked.”',
    facts: { httpStatus: 403 },
  },
  {
    name: 'Apps Script "Request failed with code 403 - {…}", project number masked by the user',
    id: 'key-referrer-restricted',
    source: 'https://github.com/mhawksey/GeminiApp/issues/10 (2025-02-27)',
    text: `Request failed with code 403 - {
  "error": {
    "code": 403,
    "message": "Requests from referer \\u003cempty\\u003e are blocked.",
    "status": "PERMISSION_DENIED",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "API_KEY_HTTP_REFERRER_BLOCKED",
        "domain": "googleapis.com",
        "metadata": {
          "consumer": "projects/XXXXXXXXXXXX",
          "service": "generativelanguage.googleapis.com",
          "httpReferrer": "\\u003cempty\\u003e"
        }
      },
      {
        "@type": "type.googleapis.com/google.rpc.LocalizedMessage",
        "locale": "en-US",
        "message": "Requests from referer \\u003cempty\\u003e are blocked."
      }
    ]
  }
}`,
    facts: { httpStatus: 403, reason: 'API_KEY_HTTP_REFERRER_BLOCKED', message: 'Requests from referer <empty> are blocked.' },
  },
  {
    name: 'Android-restricted key, message quoted in prose',
    id: 'key-app-restricted',
    source: 'https://github.com/google-gemini/deprecated-generative-ai-android/issues/170 (2024-06-03)',
    text: 'I get the error “Requests from this Android client application <empty> are blocked.',
    facts: { httpStatus: 403 },
  },
  // ── location / billing ──────────────────────────────────────────────────
  {
    name: 'JSON with the code replaced by a placeholder (not valid JSON)',
    id: 'location-unsupported',
    source: 'https://github.com/GeorgeXie2333/LLM-Stream-Optimizer/issues/6 (2025-04-28)',
    text: `错误详情: 
{
  "error": {
    "code": <NUM>,
    "message": "User location is not supported for the API use.",
    "status": "FAILED_PRECONDITION"
  }
}`,
    facts: { httpStatus: 400, googleStatus: 'FAILED_PRECONDITION' },
  },
  {
    name: 'google-genai repr after a Chinese label',
    id: 'location-unsupported',
    source: 'https://github.com/poenl/gemini-api/issues/4 (2025-11-08)',
    text: "错误信息: 400 FAILED_PRECONDITION. {'error': {'code': 400, 'message': 'User location is not supported for the API use.', 'status': 'FAILED_PRECONDITION'}}",
    facts: { httpStatus: 400, googleStatus: 'FAILED_PRECONDITION' },
  },
  {
    name: 'gemini-cli error retyped in capitals (issue title)',
    id: 'location-unsupported',
    source: 'https://github.com/google-gemini/gemini-cli/issues/1993 (2025-06-26)',
    text: '[API ERROR: USER LOCATION IS NOT SUPPORTED FOR THE API USE. (STATUS: FAILED_PRECONDITION)]',
    facts: { httpStatus: 400 },
  },
  {
    name: 'docker compose log: every line of the JSON prefixed with the service name',
    id: 'location-unsupported',
    source: 'https://github.com/snailyp/gemini-balance/issues/328 (2025-08-21)',
    text: `gemini-balance    | 2025-08-21 06:18:31,299 | ERROR    | [error_handler.py:29]          | chat_completion request failed: API call failed with status code 400, {
gemini-balance    |   "error": {
gemini-balance    |     "code": 400,
gemini-balance    |     "message": "User location is not supported for the API use.",
gemini-balance    |     "status": "FAILED_PRECONDITION"
gemini-balance    |   }
gemini-balance    | }`,
    facts: { httpStatus: 400, googleStatus: 'FAILED_PRECONDITION' },
  },
  {
    name: 'api_core BadRequest with the REST URL before the message',
    id: 'location-unsupported',
    source: 'https://github.com/harry0703/MoneyPrinterTurbo/issues/160 (2024-04-03)',
    text: `  llm_provider="gemini"
google.api_core.exceptions.BadRequest: 400 POST https://generativelanguage.googleapis.com/v1beta/models/gemini-1.0-pro:generateContent?%24alt=json%3Benum-encoding%3Dint: User location is not supported for the API use.`,
    facts: { httpStatus: 400, model: 'gemini-1.0-pro', message: 'User location is not supported for the API use.' },
  },
  {
    name: 'grpc debug_error_string only',
    id: 'location-unsupported',
    source: 'https://github.com/H-T-H/Gemini-Telegram-Bot/issues/1 (2023-12-16)',
    text: 'debug_error_string = "UNKNOWN:Error received from peer ipv4:172.217.161.74:443 {created_time:"2023-12-16T04:31:03.432606862+00:00", grpc_status:9, grpc_message:"User location is not supported for the API use."}"',
    facts: { httpStatus: 400, googleStatus: 'FAILED_PRECONDITION', message: 'User location is not supported for the API use.' },
  },
  {
    name: 'Vercel AI SDK AI_APICallError in prose (Cloudflare Worker ran in Hong Kong)',
    id: 'location-unsupported',
    source: 'https://github.com/G4brym/workers-research/issues/1 (2025-02-14)',
    text: 'The error log says "User location is not supported for API use" (AI_APICallError: User location is not supported for the API use.).',
  },
  {
    name: 'gemini-ai npm package: message line, JSON, then a stack',
    id: 'billing-required',
    source: 'https://github.com/EvanZhouDev/gemini-ai/issues/16 (2024-06-08)',
    text: `Error: There was an error when querying Gemini.
{
  "error": {
    "code": 400,
    "message": "User location is not supported for the API use without a billing account linked.",
    "status": "FAILED_PRECONDITION"
  }
}

    at _Gemini.query (file:///CENSORED/TutorialBot/node_modules/gemini-ai/dist/index.mjs:322:13)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async _Gemini.ask (file:///CENSORED/TutorialBot/node_modules/gemini-ai/dist/index.mjs:453:22)`,
    facts: { httpStatus: 400, googleStatus: 'FAILED_PRECONDITION' },
  },
  {
    name: '@google/generative-ai with an empty reason phrase "[400 ]"',
    id: 'billing-required',
    source: 'https://github.com/u14app/neo-chat/issues/45 (2024-07-31)',
    text: '400: [GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:streamGenerateContent?alt=sse: [400 ] Gemini API free tier is not available in your country. Please enable billing on your project in Google AI Studio.',
    facts: { httpStatus: 400, message: 'Gemini API free tier is not available in your country. Please enable billing on your project in Google AI Studio.' },
  },
  {
    name: '"without a billing account linked", status and message only',
    id: 'billing-required',
    source: 'https://github.com/google-gemini/cookbook/issues/135 (2024-05-14)',
    text: '400 User location is not supported for the API use without a billing account linked.',
    facts: { httpStatus: 400 },
  },
  // ── quotas ──────────────────────────────────────────────────────────────
  {
    name: '@google/generative-ai 429 with "limit: 0" lines and no details',
    id: 'free-tier-limit-zero',
    source: 'https://github.com/akshayaggarwal99/nodenest/issues/1 (2025-12-30)',
    text: `Chat error: Error: [GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash-exp:generateContent: [429 Too Many Requests] You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/usage?tab=rate-limit. 
* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_input_token_count, limit: 0, model: gemini-2.0-flash-exp`,
    facts: { httpStatus: 429, model: 'gemini-2.0-flash-exp' },
  },
  {
    name: 'gaxios error printed by util.inspect: message as a "+"-joined string in a box',
    id: 'free-tier-limit-zero',
    source: 'https://github.com/google-gemini/gemini-cli/issues/22486 (2026-03-15)',
    text: raw`        '* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_input_token_count, limit: 0, model: gemini-3.1-pro\n' +                                                    │
│          '* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-3.1-pro\n' +                                                             │
│          '* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-3.1-pro\n' +                                                             │
│          '* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_input_token_count, limit: 0, model: gemini-3.1-pro\n' +                                                    │
│          'Please retry in 25.465784708s.',                                                                                                                                                                     │
│        details: [ [Object], [Object], [Object] ]                                                                                                                                                               │
│      },`,
    facts: { model: 'gemini-3.1-pro', retryAfterSeconds: 26 },
  },
  {
    name: 'LangChain retry log: "doesn\'t have a free quota tier", protobuf violations without a value',
    id: 'free-tier-limit-zero',
    source: 'https://github.com/google-gemini/gemini-fullstack-langgraph-quickstart/issues/128 (2025-07-05)',
    text: `Retrying langchain_google_genai.chat_models._chat_with_retry.<locals>._chat_with_retry in 2.0 seconds as it raised ResourceExhausted: 429 Gemini 2.5 Pro Preview doesn't have a free quota tier. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. [violations {
  quota_metric: "generativelanguage.googleapis.com/generate_content_free_tier_requests"
  quota_id: "GenerateRequestsPerDayPerProjectPerModel-FreeTier"
  quota_dimensions {
    key: "model"
    value: "gemini-2.5-pro-exp"
  }
  quota_dimensions {
    key: "location"
    value: "global"
  }
}
...`,
    facts: { httpStatus: 429 },
  },
  {
    name: 'same wording wrapped in a box by a TUI, with empty violations and retry_delay',
    id: 'free-tier-limit-zero',
    source: 'https://github.com/ai-christianson/RA.Aid/issues/182 (2025-04-08)',
    text: `Encountered ResourceExhausted: 429 Gemini 2.5 Pro Preview doesn't have a free quota tier. Please use Gemini │
│ 2.5 Pro Experimental (models/gemini-2.5.pro-exp-03-25) instead. For more information on this error, head    │
│ to: https://ai.google.dev/gemini-api/docs/rate-limits. [violations { } violations { } violations { }        │
│ violations { } , links { description: "Learn more about Gemini API quotas" url:                             │
│ "https://ai.google.dev/gemini-api/docs/rate-limits" } , retry_delay { seconds: 33 } ]. Retrying in 8s...    │
│ (Attempt 4/20)`,
    facts: { httpStatus: 429 },
  },
  {
    name: 'plain "Error: error: 429 …" with limit-0 lines and a retry hint',
    id: 'free-tier-limit-zero',
    source: 'https://github.com/wuchalejs/wuchale/issues/218 (2025-12-22)',
    text: `Error: error: 429 You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/usage?tab=rate-limit. 
* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_input_token_count, limit: 0, model: gemini-2.0-flash
* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.0-flash
* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.0-flash
Please retry in 38.804097346s.`,
    facts: { httpStatus: 429, retryAfterSeconds: 39 },
  },
  {
    name: 'Continue wrapper cut inside the details (limit 0, gemini-3.1-pro)',
    id: 'free-tier-limit-zero',
    source: 'https://github.com/continuedev/continue/issues/12744 (2026-06-17)',
    text: raw`{"error":{"message":"{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. \\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-3.1-pro\\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-3.1-pro\\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_input_token_count, limit: 0, model: gemini-3.1-pro\\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_input_token_count, limit: 0, model: gemini-3.1-pro\\nPlease retry in 5.237548564s.\",\n    \"status\": \"RESOURCE_EXHAUSTED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.Help\",\n        \"links\": [\n          {\n            \"description\": \"Learn more about Gemini API quotas\",\n            \"url\": \"https://ai.google.dev/gemini-api/docs/rate-limits\"\n`,
    facts: { httpStatus: 429, model: 'gemini-3.1-pro' },
  },
  {
    name: 'app prefix "Invalid Gemini API key:" around a daily-quota 429 (must not read as key-invalid)',
    id: 'daily-quota-exceeded',
    source: 'https://github.com/itcon-pty-au/stremio-ai-search/issues/170 (2026-03-21)',
    text: `Invalid Gemini API key: [GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-lite:generateContent: [429 Too Many Requests] You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. 
* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 20, model: gemini-2.5-flash-lite
Please retry in 51.606482386s. [{"@type":"type.googleapis.com/google.rpc.Help","links":[{"description":"Learn more about Gemini API quotas","url":"https://ai.google.dev/gemini-api/docs/rate-limits"}]},{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests","quotaId":"GenerateRequestsPerDayPerProjectPerModel-FreeTier","quotaDimensions":{"location":"global","model":"gemini-2.5-flash-lite"},"quotaValue":"20"}]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"51s"}]`,
    facts: { httpStatus: 429, quotaId: 'GenerateRequestsPerDayPerProjectPerModel-FreeTier', model: 'gemini-2.5-flash-lite', retryAfterSeconds: 51 },
  },
  {
    name: 'google-genai repr cut mid-details; the per-day quotaId is the third violation',
    id: 'daily-quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/8437 (2025-09-14)',
    text: `127.0.0.1 - - [14/Sep/2025 18:40:00] "OPTIONS /generate HTTP/1.1" 200 -
Generate error: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.', 'status': 'RESOURCE_EXHAUSTED', 'details': [{'@type': 'type.googleapis.com/google.rpc.QuotaFailure', 'violations': [{'quotaMetric': 'generativelanguage.googleapis.com/generate_content_free_tier_input_token_count', 'quotaId': 'GenerateContentInputTokensPerModelPerMinute-FreeTier', 'quotaDimensions': {'location': 'global', 'model': 'gemini-2.5-flash-preview-image'}}, {'quotaMetric': 'generativelanguage.googleapis.com/generate_content_free_tier_requests', 'quotaId': 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier', 'quotaDimensions': {'location': 'global', 'model': 'gemini-2.5-flash-preview-image'}}, {'quotaMetric': 'generativelanguage.googleapis.com/generate_content_free_tier_requests', 'quotaId': 'GenerateRequestsPerDayPerProjectPerModel-FreeTier', 'quotaDimensions': {'model': 'gemini-2.5-flash-preview-image', 'location': 'global'}}]}, {'@type': 'type.googleapis.com/google.rpc.Help', 'links': [{'descrip`,
    facts: { httpStatus: 429, quotaId: 'GenerateRequestsPerDayPerProjectPerModel-FreeTier' },
  },
  {
    name: 'Code Assist (cloudcode-pa) per-day limit: "[API Error: [{…}" with legacy errors[], cut',
    id: 'daily-quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/10513 (2025-10-03)',
    text: `✕ [API Error: [{
    "error": {
      "code": 429,
      "message": "Quota exceeded for quota metric 'Gemini 2.5 Pro Requests' and limit 'Gemini 2.5 Pro Requests per day per user per tier' 
  of service 'cloudcode-pa.googleapis.com' for consumer 'project_number:681255809395'.",
      "errors": [
        {
          "message": "Quota exceeded for quota metric 'Gemini 2.5 Pro Requests' and limit 'Gemini 2.5 Pro Requests per day per user per 
  tier' of service 'cloudcode-pa.googleapis.com' for consumer 'project_number:681255809395'.",
          "domain": "global",
          "reason": "rateLimitExceeded"
        }
      ],
      "status": "RESOURCE_EXHAUSTED",
      "details": [
        {
          "@type": "type.googleapis.com/google.rpc.ErrorInfo",
          "reason": "RATE_LIMIT_EXCEEDED",
          "domain": "googleapis.com",
          "metadata": {
            "quota_metric": "cloudcode-pa.googleapis.com/gemini_2_5_pro_requests",
            "quota_limit": "Gemini25ProReques`,
    facts: { httpStatus: 429, project: '681255809395' },
  },
  {
    name: 'Void: "ClientError: got status: 429 Too Many Requests. {wrapper}" with squeezed whitespace',
    id: 'daily-quota-exceeded',
    source: 'https://github.com/voideditor/void/issues/557 (2025-05-12)',
    text: raw`Rate limit reached. ClientError: got status: 429 Too Many Requests. {"error":{"message":"{\n \"error\": {\n \"code\": 429,\n \"message\": \"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.\",\n \"status\": \"RESOURCE_EXHAUSTED\",\n \"details\": [\n {\n \"@type\": \"type.googleapis.com/google.rpc.QuotaFailure\",\n \"violations\": [\n {\n \"quotaMetric\": \"generativelanguage.googleapis.com/generate_content_free_tier_requests\",\n \"quotaId\": \"GenerateRequestsPerDayPerProjectPerModel-FreeTier\",\n \"quotaDimensions\": {\n \"model\": \"gemini-2.0-pro-exp\",\n \"location\": \"global\"\n },\n \"quotaValue\": \"25\"\n }\n ]\n },\n {\n \"@type\": \"type.googleapis.com/google.rpc.Help\",\n \"links\": [\n {\n \"description\": \"Learn more about Gemini API quotas\",\n \"url\": \"https://ai.google.dev/gemini-api/docs/rate-limits\"\n }\n ]\n },\n {\n \"@type\": \"type.googleapis.com/google.rpc.RetryInfo\",\n \"retryDelay\": \"5s\"\n }\n ]\n }\n}\n","code":429,"status":"Too Many Requests"}}`,
    facts: { httpStatus: 429, model: 'gemini-2.0-pro-exp', retryAfterSeconds: 5 },
  },
  {
    name: 'OpenAI client around LiteLLM around VertexAIException, cut',
    id: 'quota-exceeded',
    source: 'https://github.com/BerriAI/litellm/issues/18003 (2025-12-15)',
    text: raw`openai.RateLimitError: Error code: 429 - {'error': {'message': 'litellm.RateLimitError: litellm.RateLimitError: VertexAIException - {\n  "error": {\n    "code": 429,\n    "message": "Resource has been exhausted (e.g. check quota).",\n    "status": "RESOURCE_EXHAUSTED"\n  }\n}\n. Received Model Group=gemini/gemini-2.5-flash\nAvailable Model G`,
    facts: { httpStatus: 429 },
  },
  {
    name: 'aider: LiteLLM VertexAIException quoted as a blockquote',
    id: 'quota-exceeded',
    source: 'https://github.com/Aider-AI/aider/issues/2597 (2024-12-10)',
    text: `> litellm.RateLimitError: litellm.RateLimitError: VertexAIException - {  
> "error": {  
> "code": 429,  
> "message": "Resource has been exhausted (e.g. check quota).",  
> "status": "RESOURCE_EXHAUSTED"  
> }  
> }  
> Retrying in 4.0 seconds...  `,
    facts: { httpStatus: 429, googleStatus: 'RESOURCE_EXHAUSTED' },
  },
  {
    name: 'Vertex "Resource exhausted. Please try again later." in gemini-cli, wrapped',
    id: 'quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/15498 (2025-12-23)',
    text: `✕ [API Error: Resource exhausted. Please try again later. Please refer to
  https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more
  details.]`,
    facts: { httpStatus: 429 },
  },
  {
    name: 'one-api: legacy per-region quota message after "status code 429:"',
    id: 'quota-exceeded',
    source: 'https://github.com/songquanpeng/one-api/issues/1775 (2024-08-29)',
    text: "错误：status code 429: Quota exceeded for quota metric 'Generate Content API requests per minute' and limit 'GenerateContent request limit per minute for a region' of service 'generativelanguage.googleapis.com' for consumer 'project_number:297700366322'.",
    facts: { httpStatus: 429, project: '297700366322' },
  },
  {
    name: 'OpenAI-compatible endpoint: one-element array',
    id: 'quota-exceeded',
    source: 'https://github.com/n4ze3m/page-assist/issues/406 (2025-02-16)',
    text: `[{
  "error": {
    "code": 429,
    "message": "Resource has been exhausted (e.g. check quota).",
    "status": "RESOURCE_EXHAUSTED"
  }
}
]`,
    facts: { httpStatus: 429, googleStatus: 'RESOURCE_EXHAUSTED' },
  },
  {
    name: '.NET SDK: paid-tier per-minute 429 after a log prefix, cut',
    id: 'quota-exceeded',
    source: 'https://github.com/mscraftsman/generative-ai/issues/131 (2025-11-21)',
    text: `Error [0]: Request #1 failed. Response received: {
  "error": {
    "code": 429,
    "message": "You exceeded your current quota. Please migrate to Gemini 2.5 Pro Preview (models/gemini-2.5-pro-preview-03-25) for higher quota limits. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.",
    "status": "RESOURCE_EXHAUSTED",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.Help",
        "links": [
          {
            "description": "Learn more about Gemini API quotas",
            "url": "https://ai.google.dev/gemini-api/docs/rate-limits"
          }
        ]
      },
      {
        "@type": "type.googleapis.com/google.rpc.QuotaFailure",
        "violations": [
          {
            "quotaMetric": "generativelanguage.googleapis.com/generate_content_paid_tier_input_token_count",
            "quotaId": "GenerateContentPaidTierInputTokensPerModelPerMinute",
            "quotaDimensions": {
              "location": "global",`,
    facts: { httpStatus: 429, quotaId: 'GenerateContentPaidTierInputTokensPerModelPerMinute' },
  },
  // ── OAuth / Bearer / permission ─────────────────────────────────────────
  {
    name: 'OpenCode plugin: "Forbidden: [{…}]" with legacy errors[] and ACCESS_TOKEN_SCOPE_INSUFFICIENT',
    id: 'oauth-scope-insufficient',
    source: 'https://github.com/NoeFabris/opencode-antigravity-auth/issues/81 (2025-12-31)',
    text: `Forbidden: [{
  "error": {
    "code": 403,
    "message": "Request had insufficient authentication scopes.",
    "errors": [
      {
        "message": "Insufficient Permission",
        "domain": "global",
        "reason": "insufficientPermissions"
      }
    ],
    "status": "PERMISSION_DENIED",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
        "domain": "googleapis.com",
        "metadata": {
          "service": "generativelanguage.googleapis.com",
          "method": "google.ai.generativelanguage.v1beta.GenerativeService.StreamGenerateContent"
        }
      }
    ]
  }
}
]`,
    facts: { httpStatus: 403, reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' },
  },
  {
    name: '@google/genai "ClientError: got status: 403 Forbidden." with the body in a Markdown fence',
    id: 'oauth-scope-insufficient',
    source: 'https://github.com/googleapis/js-genai/issues/569 (2025-05-13)',
    text: `Unhandled Error: ClientError: got status: 403 Forbidden.
\`\`\`json
{
  "error": {
    "code": 403,
    "message": "Request had insufficient authentication scopes.",
    "status": "PERMISSION_DENIED",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
        "domain": "googleapis.com",
        "metadata": {
          "service": "generativelanguage.googleapis.com",
          "method": "google.ai.generativelanguage.v1beta.GenerativeService.GenerateContent"
        }
      }
    ]
  }
}
\`\`\``,
    facts: { httpStatus: 403, reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' },
  },
  {
    name: 'claude-code-router: provider error inside an Anthropic-style error, then a retry note',
    id: 'bearer-auth-used',
    source: 'https://github.com/musistudio/claude-code-router/issues/93 (2025-07-03)',
    text: raw`API Error (401 {"error":{"message":"Error from provider: {\n  \"error\": {\n    \"code\": 401,\n    \"message\": \"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.\",\n    \"status\": \"UNAUTHENTICATED\"\n  }\n}\n","type":"api_error","code":"provider_response_error"}}) · Retrying in 1 seconds… (attempt 1/10)`,
    facts: { httpStatus: 401, googleStatus: 'UNAUTHENTICATED' },
  },
  {
    name: 'JSON retyped without braces (Android app screenshot transcribed)',
    id: 'bearer-auth-used',
    source: 'https://github.com/Xposed-Modules-Repo/com.niki914.zafiro/issues/9 (2025-08-21)',
    text: '请求结果: "error": "code": 401, "message": "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity /sign-in/web/devconsole-project." "status": "UNAUTHENTICATED" ',
    facts: { httpStatus: 401, googleStatus: 'UNAUTHENTICATED' },
  },
  {
    name: 'OpenAI JS client pointed at Gemini: "Error: 401 <message>"',
    id: 'bearer-auth-used',
    source: 'https://github.com/reorproject/reor/issues/68 (2024-02-20)',
    text: 'Error during OpenAI streaming session: Error: 401 Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    facts: { httpStatus: 401 },
  },
  {
    name: 'Delphi IDE plugin: status shown as "0" before the message',
    id: 'bearer-auth-used',
    source: 'https://github.com/cnpack/cnwizards/issues/215 (2024-11-04)',
    text: '0 Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    facts: { httpStatus: 401 },
  },
  {
    name: 'gemini-cli "[API Error: [{…}" (Code Assist), with stray backticks after the paste',
    id: 'permission-denied',
    source: 'https://github.com/google-gemini/gemini-cli/issues/25760 (2026-04-21)',
    text: `✕ [API Error: [{
    "error": {
      "code": 403,
      "message": "The caller does not have permission",
      "errors": [
        {
          "message": "The caller does not have permission",
          "domain": "global",
          "reason": "forbidden"
        }
      ],
      "status": "PERMISSION_DENIED"
    }
  }
  \`]]\`\``,
    facts: { httpStatus: 403, googleStatus: 'PERMISSION_DENIED' },
  },
  {
    name: 'Cline: wrapper, then the same wrapper escaped once more inside a second JSON',
    id: 'permission-denied',
    source: 'https://github.com/google-gemini/gemini-cli/issues/14519 (2025-12-04)',
    text: raw`[GEMINI] {"error":{"message":"{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"The caller does not have permission\",\n    \"status\": \"PERMISSION_DENIED\"\n  }\n}\n","code":403,"status":"Forbidden"}}
{"message":"{\"error\":{\"message\":\"{\\n  \\\"error\\\": {\\n    \\\"code\\\": 403,\\n    \\\"message\\\": \\\"The caller does not have permission\\\",\\n    \\\"status\\\": \\\"PERMISSION_DENIED\\\"\\n  }\\n}\\n\",\"code\":403,\"status\":\"Forbidden\"}}","status":403,"modelId":"gemini-3-pro-preview","providerId":"gemini"}`,
    facts: { httpStatus: 403, googleStatus: 'PERMISSION_DENIED', message: 'The caller does not have permission' },
  },
  {
    name: 'proxy log: "Google API returned error: 403 PERMISSION_DENIED" then the body',
    id: 'permission-denied',
    source: 'https://github.com/iBUHub/AIStudioToAPI/issues/109 (2026-03-15)',
    text: `❌ Request processing failed: Google API returned error: 403 PERMISSION_DENIED 
{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}`,
    facts: { httpStatus: 403, googleStatus: 'PERMISSION_DENIED' },
  },
  {
    name: 'gaxios response printed by util.inspect: data as a "+"-joined string',
    id: 'permission-denied',
    source: 'https://github.com/google-gemini/gemini-cli/issues/25422 (2026-04-15)',
    text: `config: {
      url: 'https://cloudcode-pa.googleapis.com/v1internal:streamGenerateContent?alt=sse',
      method: 'POST',
      params: [Object],
      headers: [Object],
      responseType: 'stream',
      body: '<<REDACTED> - See \`errorRedactor\` option in \`gaxios\` for configuration>.',
      signal: [AbortSignal],
      retry: false,
      paramsSerializer: [Function: paramsSerializer],
      validateStatus: [Function: validateStatus],
      errorRedactor: [Function: defaultErrorRedactor]
    },
    data: '[{\\n' +
      '  "error": {\\n' +
      '    "code": 403,\\n' +
      '    "message": "The caller does not have permission",\\n' +
      '    "errors": [\\n' +
      '      {\\n' +
      '        "message": "The caller does not have permission",\\n' +
      '        "domain": "global",\\n' +
      '        "reason": "forbidden"\\n' +
      '      }\\n' +
      '    ],\\n' +
      '    "status": "PERMISSION_DENIED"\\n' +
      '  }\\n' +
      '}\\n' +
      ']',`,
    facts: { httpStatus: 403, googleStatus: 'PERMISSION_DENIED', message: 'The caller does not have permission' },
  },
  {
    name: 'debug console fields retyped as "key: value" lines',
    id: 'permission-denied',
    source: 'https://github.com/google-gemini/gemini-cli/issues/25954 (2026-04-25)',
    text: `status: 403
statusText: Forbidden
message: The caller does not have permission
reason: forbidden
status: PERMISSION_DENIED
responseURL: https://cloudcode-pa.googleapis.com/v1internal:streamGenerateContent?alt=sse
x-cloudai-companion-trace-id: 91b5641156afb1bd`,
    facts: { httpStatus: 403, googleStatus: 'PERMISSION_DENIED' },
  },
  {
    name: 'gemini-cli "[API Error: [{…}" with scrollbar blocks at line ends, cut before the status',
    id: 'permission-denied',
    source: 'https://github.com/google-gemini/gemini-cli/issues/13108 (2025-11-15)',
    text: raw`✕ [API Error: [{
    "error": {
      "code": 403,
      "message": "You must be a named user on your organization's\nGemini Code Assist Standard edition subscription to
  use this service. Please contact your\nadministrator to request an entitlement to Gemini Code Assist Standard
  edition.",
      "errors": [
        {
          "message": "You must be a named user on your organization's\nGemini Code Assist Standard edition subscription█
  to use this service. Please contact your\nadministrator to request an entitlement to Gemini Code Assist Standard     █
  edition.",                                                                                                           █
          "domain": "global",                                                                                          █
          "reason": "forbidden"                                                                                        █
        }                                                                                                              █
      ],`,
    facts: { httpStatus: 403 },
  },
  // ── model / server / billing stop / body ────────────────────────────────
  {
    name: 'bare 404 body for the retired gemini-pro',
    id: 'model-not-found',
    source: 'https://github.com/wwardaww/gnome-gemini-ai/issues/22 (2025-03-09)',
    text: `{
  "error": {
    "code": 404,
    "message": "models/gemini-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.",
    "status": "NOT_FOUND"
  }
}
it is showing this error why`,
    facts: { httpStatus: 404, model: 'gemini-pro' },
  },
  {
    name: 'NextChat: {"error": true, "message": …} (error is a boolean)',
    id: 'model-not-found',
    source: 'https://github.com/ChatGPTNextWeb/NextChat/issues/4699 (2024-05-15)',
    text: `{
  "error": true,
  "message": "models/gemini-1.5-pro is not found for API version v1beta, or is not supported for StreamGenerateContent. Call ListModels to see the list of available models and their supported methods."
}`,
    facts: { httpStatus: 404, model: 'gemini-1.5-pro' },
  },
  {
    name: 'Vercel AI SDK AI_APICallError with a Bun code frame',
    id: 'model-not-found',
    source: 'https://github.com/CopilotKit/CopilotKit/issues/2827 (2025-12-11)',
    text: `936 |       value: new APICallError4({
                       ^
AI_APICallError: models/gemini-1.5-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.
      cause: undefined,
        url: "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-pro:streamGenerateContent?alt=sse",
 requestBodyValues: {
  generationConfig: [Object ...],`,
    facts: { httpStatus: 404, model: 'gemini-1.5-pro' },
  },
  {
    name: 'message hard-wrapped mid-sentence by a terminal',
    id: 'model-not-found',
    source: 'https://github.com/souzatharsis/podcastfy/issues/292 (2025-10-12)',
    text: `models_gemini-1.5-pro-latest is not
found for API version v1beta, or is not
supported for generateContent. Call
ListModels to see the list of available
models and their supported methods`,
    facts: { httpStatus: 404 },
  },
  {
    name: 'gemini-cli "[API Error: <message>]" for a model the key cannot see',
    id: 'model-not-found',
    source: 'https://github.com/google-gemini/gemini-cli/issues/24131 (2026-03-29)',
    text: '> [API Error: models/gemini-3.1-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.]',
    facts: { httpStatus: 404, model: 'gemini-3.1-pro' },
  },
  {
    name: '"got status: UNAVAILABLE. {…}" with a line break inside the JSON string',
    id: 'server-error',
    source: 'https://github.com/google-gemini/gemini-cli/issues/5191 (2025-07-30)',
    text: `[API Error: got status: UNAVAILABLE. {"error":{"code":503,"message":"The model is overloaded. Please try 
  again later.","status":"UNAVAILABLE"}}]`,
    facts: { httpStatus: 503, googleStatus: 'UNAVAILABLE' },
  },
  {
    name: 'JSON retyped with full-width punctuation by an IME',
    id: 'server-error',
    source: 'https://github.com/google-gemini/gemini-cli/issues/13406 (2025-11-19)',
    text: `{"error":{"code": 503, "message": "The model is overloaded. Please try again
Later."，"status"： "UNAVAILABLE"｝｝`,
    facts: { httpStatus: 503 },
  },
  {
    name: 'google-genai repr in an app log line with trailing words',
    id: 'server-error',
    source: 'https://github.com/google-gemini/cookbook/issues/425 (2025-01-30)',
    text: "Error with Client #685962: 503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The model is overloaded. Please try again later.', 'status': 'UNAVAILABLE'}} gemini 2.0",
    facts: { httpStatus: 503, googleStatus: 'UNAVAILABLE' },
  },
  {
    name: 'Vercel AI SDK AI_RetryError with the message link turned into Markdown',
    id: 'prepay-depleted',
    source: 'https://github.com/dyad-sh/dyad/issues/3626 (2026-06-10)',
    text: 'Error: AI_RetryError: Failed after 3 attempts. Last error: Your prepayment credits are depleted. Please go to AI Studio at [https://ai.studio/projects](https://ai.studio/projects) to manage your project and billing.',
  },
  {
    name: 'Kilo Code: wrapper around a plain 400 INVALID_ARGUMENT (request, not key)',
    id: 'bad-request',
    source: 'https://github.com/Kilo-Org/kilocode/issues/6476 (2026-02-28)',
    text: raw`Gemini generate context stream error: {"error":{"message":"{\n  \"error\": {\n    \"code\": 400,\n    \"message\": \"Request contains an invalid argument.\",\n    \"status\": \"INVALID_ARGUMENT\"\n  }\n}\n","code":400,"status":"Bad Request"}}`,
    facts: { httpStatus: 400, googleStatus: 'INVALID_ARGUMENT' },
  },
  {
    name: 'LiteLLM VertexAIException carrying Google’s HTML 403 page',
    id: 'not-google-json',
    source: 'https://github.com/BerriAI/litellm/issues/6459 (2025-01-26)',
    text: `Message: LLM API call failed: \`litellm.BadRequestError: VertexAIException BadRequestError - <!DOCTYPE html>
<html lang=en>
  <meta charset=utf-8>
  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">
  <title>Error 403 (Forbidden)!!1</title>`,
    facts: { httpStatus: 403 },
  },
  // Issue 13: the 2025–2026 classes the engine used to miss. Documented wordings first (no
  // public paste found), then real reports, each with its source.
  {
    name: 'status printed with Google front-end headers and no body',
    id: 'quota-exceeded',
    text: `Error: Request failed with status code 429
  headers: { 'content-type': 'application/json; charset=UTF-8', vary: 'Origin, X-Origin, Referer', server: 'scaffolding on HTTPServer2', 'x-xss-protection': '0', 'x-frame-options': 'SAMEORIGIN', 'x-content-type-options': 'nosniff', 'server-timing': 'gfet4t7; dur=312' }`,
    facts: { httpStatus: 429 },
  },
  {
    name: 'ESF server header with a bare 503 status',
    id: 'server-error',
    text: "HTTP/1.1 503 Service Unavailable\nserver: ESF\nx-goog-request-id: 1a2b3c\ncontent-length: 0",
    facts: { httpStatus: 503 },
  },
  {
    name: 'Firebase JS SDK rewrite of SERVICE_DISABLED (AI/api-not-enabled), project from the console link',
    id: 'firebase-ai-not-enabled',
    text: `FirebaseError: AI: The Firebase AI SDK requires the Firebase AI API ('firebasevertexai.googleapis.com') to be enabled in your Firebase project. Enable this API by visiting the Firebase Console at https://console.firebase.google.com/project/my-app-123/ailogic/ and clicking "Get started". If you enabled this API recently, wait a few minutes for the action to propagate to our systems and then retry. (AI/api-not-enabled)`,
    facts: { project: 'my-app-123' },
  },
  {
    name: 'Firebase JS SDK: empty apiKey in the Firebase config (AI/no-api-key)',
    id: 'key-missing',
    text: 'FirebaseError: AI: The "apiKey" field is empty in the local Firebase config. Firebase AI requires this field to contain a valid API key. (AI/no-api-key)',
  },
  {
    name: 'SERVICE_DISABLED for firebasevertexai (the body behind the Firebase sentence)',
    id: 'firebase-ai-not-enabled',
    response: {
      status: 403,
      body: {
        error: {
          code: 403,
          message:
            'Firebase AI Logic API has not been used in project my-app-123 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/firebasevertexai.googleapis.com/overview?project=my-app-123 then retry.',
          status: 'PERMISSION_DENIED',
          details: [errorInfo('SERVICE_DISABLED', { service: 'firebasevertexai.googleapis.com', consumer: 'projects/my-app-123' })],
        },
      },
    },
    facts: { project: 'my-app-123', service: 'firebasevertexai.googleapis.com' },
  },
  // Quota and capacity without Google's JSON (Gemini CLI, Code Assist, agents, bare status lines).
  {
    name: 'gemini-cli TerminalQuotaError in a boxed stack trace',
    id: 'daily-quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/18050 (2026-02-01)',
    text: `Error when talking to Gemini API Full report available at: /tmp/gemini-client-error-Turn.run-sendMessageStream-2026-02-01T10-05-04-684Z.json TerminalQuotaError: You have exhausted your daily quota  │
│    on this model.                                                                                      │
│        at classifyGoogleError (file:///home/yitzhak/.nvm/versions/node/v24.2.0/lib/node_modules/@google/gemini-cli/node_modules/@google/gemini-cli-core/dist/src/utils/googleQuotaErrors.js:190:24)      │`,
  },
  {
    name: 'gemini-cli "[API Error: You have exhausted your daily quota on this model.]"',
    id: 'daily-quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/15576 (2025-12-26)',
    text: '✕ [API Error: You have exhausted your daily quota on this model.]\n\n> hola\n\n✕ [API Error: You have exhausted your daily quota on this model.]',
    facts: { httpStatus: 429 },
  },
  {
    name: 'the same in a Turkish report',
    id: 'daily-quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/14952 (2025-12-11)',
    text: 'Her gün projeyi tekrar yapmaya çalıştığımda bana şu hatayı söylüyor. \n✕ [API Error: You have exhausted your daily quota on this model.] ',
  },
  {
    name: 'gemini-cli fallback notice: "You have reached your daily quota limit."',
    id: 'daily-quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/3796 (2025-07-10)',
    text: `⚡ You have reached your daily quota limit.
  ⚡ Automatically switching from gemini-2.5-pro to gemini-2.5-flash for the remainder of this session.
  ⚡ To increase your limits, upgrade to a Gemini Code Assist Standard or Enterprise plan with higher limits
  at https://goo.gle/set-up-gemini-code-assist
✕ [API Error: Please submit a new query to continue with the Flash model.]`,
  },
  {
    name: 'gemini-cli: "You have reached your daily gemini-2.5-pro quota limit."',
    id: 'daily-quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/11461 (2025-10-18)',
    text: `⚡ You have reached your daily gemini-2.5-pro quota limit.
  ⚡ You can choose to authenticate with a paid API key or continue with the fallback model.`,
  },
  {
    name: 'Code Assist agent mode: "You\'ve hit your daily limit of requests"',
    id: 'daily-quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/7709 (2025-09-04)',
    text: "You've hit your daily limit of requests with Gemini 2.5 Pro. Switching to Gemini 2.5 Flash. [Learn more](https://developers.google.com/gemini-code-assist/resources/quotas#quotas-for-agent-mode-gemini-cli)",
  },
  {
    name: 'Code Assist capacity, issue title cut inside the JSON (reset in hours)',
    id: 'quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/13004 (2025-11-13)',
    text: '✕ [API Error: [{ "error": { "code": 429, "message": "You have exhausted your capacity on this model. Your quota will reset after 8h44m7s.", "errors": [ { "message": "You have exhausted your capacity o',
    facts: { httpStatus: 429, retryAfterSeconds: 31447 },
  },
  {
    name: 'Code Assist capacity behind an OpenAI-shaped proxy answer, QUOTA_EXHAUSTED',
    id: 'quota-exceeded',
    source: 'https://github.com/liuw1535/antigravity2api-nodejs/issues/44 (2025-12-12)',
    text: raw`"content": "Error: API request failed (429): {\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"You have exhausted your capacity on this model. Your quota will reset after 161h39m41s.\",\n    \"status\": \"RESOURCE_EXHAUSTED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"QUOTA_EXHAUSTED\",\n        \"domain\": \"cloudcode-pa.googleapis.com\",\n        \"metadata\": {\n          \"uiMessage\": \"true\",\n          \"model\": \"claude-sonnet-4-5\",\n          \"quotaResetDelay\": \"161h39m41.300432511s\",\n          \"quotaResetTimeStamp\": \"2025-12-18T20:18:34Z\"\n        }\n      },\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.RetryInfo\",\n        \"retryDelay\": \"581981.300432511s\"\n      }\n    ]\n  }\n}"`,
    facts: { httpStatus: 429 },
  },
  {
    name: 'gemini-cli "[Backend Error] … (HTTP 429)" issue title',
    id: 'quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/25103 (2026-04-10)',
    text: '[Backend Error] You have exhausted your capacity on this model. Your quota will reset after 4h28m20s. (HTTP 429)',
    facts: { httpStatus: 429, retryAfterSeconds: 16100 },
  },
  {
    name: 'gemini-cli stderr retry lines (capacity that resets in seconds)',
    id: 'quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/22107 (2026-03-12)',
    text: `Loaded cached credentials.
Attempt 1 failed: You have exhausted your capacity on this model. Your quota will reset after 5s.. Retrying after 6173ms...
Attempt 1 failed: You have exhausted your capacity on this model. Your quota will reset after 1s.. Retrying after 5119ms...`,
    facts: { retryAfterSeconds: 5 },
  },
  {
    name: 'router log "[ERROR] [429]: {…}" with QUOTA_EXHAUSTED from cloudcode-pa',
    id: 'quota-exceeded',
    source: 'https://github.com/decolua/9router/issues/789 (2026-04-27)',
    text: '[13:45:58] [PENDING] END (ERROR) | provider=antigravity | model=claude-opus-4-6-thinking\n[ERROR] [429]: { "error": { "code": 429, "message": "You have exhausted your capacity on this model. Your quota will reset after 25h20m26s.", "status": "RESOURCE_EXHAUSTED", "details": [ { "@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "QUOTA_EXHAUSTED", "domain": "cloudcode-pa.googleapis.com", "metadata": { "uiMessage": "true", "model": "claude-opus-4-6-thinking", "quotaResetDelay": "25h20m26.179915352s", "quotaResetTimeStamp": "2026-04-28T09:06:26Z" } }, { "@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "91226.179915352s" } ] } }',
    facts: { httpStatus: 429, googleStatus: 'RESOURCE_EXHAUSTED' },
  },
  {
    name: 'Antigravity CLI warning line',
    id: 'quota-exceeded',
    source: 'https://github.com/google-antigravity/antigravity-cli/issues/23 (2026-05-20)',
    text: '⚠ You have exhausted your capacity on this model. Your quota will reset after 2h24m55s.',
    facts: { retryAfterSeconds: 8695 },
  },
  {
    name: 'Cloud Code Assist "Individual quota reached", hard-wrapped',
    id: 'quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/27761 (2026-06-09)',
    text: 'Error: Cloud Code Assist API error (429): Individual quota reached.\n Contact your administrator to enable overages',
    facts: { httpStatus: 429 },
  },
  {
    name: '"Individual quota reached. Resets in 157h" quoted in prose',
    id: 'quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/26696 (2026-05-21)',
    text: "I have 6000 available AI credits and overages enabled in the web UI, but the CLI hard-blocks with 'Individual quota reached. Resets in 157h'.",
    facts: { retryAfterSeconds: 565200 },
  },
  {
    name: 'gemini-cli "Usage limit reached for <model>"',
    id: 'quota-exceeded',
    source: 'https://github.com/google-gemini/gemini-cli/issues/17081 (2026-01-20)',
    text: 'The Gemini CLI returns a Usage limit reached for gemini-3-flash-preview error even though the /stats command indicates that the limits have not been exceeded.',
  },
  {
    name: 'R client: bare "HTTP 429 Too Many Requests."',
    id: 'quota-exceeded',
    source: 'https://github.com/jhk0530/gemini.R/issues/71 (2025-12-26)',
    text: "gemini_chat('What is CRAN?')\n\nError in `req_perform()` at gemini.R/R/gemini_chat.R:77:3:\n! HTTP 429 Too Many Requests.",
    facts: { httpStatus: 429 },
  },
  {
    name: 'n8n node sentence before the @google/generative-ai 429 string',
    id: 'quota-exceeded',
    source: 'https://github.com/n8n-io/n8n/issues/23778 (2026-01-01)',
    text: 'The service is receiving too many requests from you\n[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent: [429 Too Many Requests] You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/usage?tab=rate-limit. * Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 5, model: gemini-2.5-flash Please retry in 12.013647075s. [{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests","quotaId":"GenerateRequestsPerMinutePerProjectPerModel-FreeTier","quotaDimensions":{"location":"global","model":"gemini-2.5-flash"},"quotaValue":"5"}]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"12s"}]',
    facts: { httpStatus: 429, model: 'gemini-2.5-flash', retryAfterSeconds: 12 },
  },
  {
    name: 'n8n streaming call, 429 line only',
    id: 'quota-exceeded',
    source: 'https://github.com/n8n-io/n8n/issues/15657 (2025-05-23)',
    text: '[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-preview-04-17:streamGenerateContent?alt=sse: [429 Too Many Requests] You exceeded your current quota, please check your plan and billing details.',
    facts: { httpStatus: 429, model: 'gemini-2.5-flash-preview-04-17' },
  },
  {
    name: 'Discord bot\'s own sentence: "Resource Exhausted (429)"',
    id: 'quota-exceeded',
    source: 'https://github.com/hihumanzone/Gemini-Discord-Bot/issues/48 (2026-06-20)',
    text: 'The Gemini API quota has been exceeded. - Resource Exhausted (429)',
  },
  {
    name: 'Continue: Vertex AI 429 as a one-element array',
    id: 'quota-exceeded',
    source: 'https://github.com/continuedev/continue/issues/8967 (2025-12-02)',
    text: '[{ "error": { "code": 429, "message": "Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.", "status": "RESOURCE_EXHAUSTED" } } ]',
    facts: { httpStatus: 429 },
  },
  // Server errors as status lines and wrappers.
  {
    name: 'gemini-cli "got status: UNAVAILABLE." with the JSON hard-wrapped by the terminal',
    id: 'server-error',
    source: 'https://github.com/google-gemini/gemini-cli/issues/7392 (2025-08-29)',
    text: ` [API Error: got status: UNAVAILABLE.            
  {"error":{"code":503,"message":"The model is    
  overloaded. Please try again                    
  later.","status":"UNAVAILABLE"}}]  `,
    facts: { httpStatus: 503 },
  },
  {
    name: 'gemini-cli wrapper with "Service Unavailable" as the outer status',
    id: 'server-error',
    source: 'https://github.com/google-gemini/gemini-cli/issues/15745 (2025-12-31)',
    text: raw`✕ [API Error: {"error":{"message":"{\n  \"error\": {\n    \"code\": 503,\n    \"message\": \"The model is overloaded. Please try
  again later.\",\n    \"status\": \"UNAVAILABLE\"\n  }\n}\n","code":503,"status":"Service Unavailable"}}]`,
    facts: { httpStatus: 503 },
  },
  {
    name: 'Chinese report around a pretty-printed 503 body',
    id: 'server-error',
    source: 'https://github.com/lobehub/lobehub/issues/9728 (2025-10-15)',
    text: '使用gemini 2.5 pro模型，返回消息如下：\n```\n{\n    "error": {\n        "code": 503,\n        "message": "The model is overloaded. Please try again later.",\n        "status": "UNAVAILABLE"\n    }\n}\n```\n解析失败',
  },
  {
    name: 'Dart Dio status text from flutter_gemini (503, no body)',
    id: 'server-error',
    source: 'https://github.com/babakcode/flutter_gemini/issues/44 (2025-07-14)',
    text: 'Error: **GeminiException** => This exception was thrown because the response has a status code of 503 and RequestOptions.validateStatus was configured to throw for this status code.\nThe status code of 503 has the following meaning: "Server error - the server failed to fulfil an apparently valid request"',
    facts: { httpStatus: 503 },
  },
  // Bad requests worded as field violations.
  {
    name: 'chat app: contents.parts must not be empty, then the body',
    id: 'bad-request',
    source: 'https://github.com/egoist/chatwise-releases/issues/250 (2025-02-18)',
    text: 'Google AI (googleai) provider error:\n* GenerateContentRequest.contents[1].parts: contents.parts must not be empty. { "error": { "code": 400, "message": "* GenerateContentRequest.contents[1].parts: contents.parts must not be empty.\\n", "status": "INVALID_ARGUMENT" } }',
    facts: { httpStatus: 400 },
  },
  {
    name: 'gateway relaying the field violation without INVALID_ARGUMENT',
    id: 'bad-request',
    source: 'https://github.com/QuantumNous/new-api/issues/1060 (2025-05-12)',
    text: 'Error: 400 * GenerateContentRequest.contents[0].parts: contents.parts must not be empty. (request id: 20250512133444598483899XfdklHSI)',
    facts: { httpStatus: 400 },
  },
  {
    name: 'Go agent: "HTTP status: 400" then a oneof field violation',
    id: 'bad-request',
    source: 'https://github.com/boldsoftware/sketch/issues/68 (2025-05-06)',
    text: `gemini: API error: GenerateContent: HTTP status: 400, {
"error": {
"code": 400,
"message": "* GenerateContentRequest.contents[33].parts[0].data: required oneof field 'data' must have one initialized field\\n",
"status": "INVALID_ARGUMENT"
}
}`,
    facts: { httpStatus: 400 },
  },
  {
    name: 'Vertex wording relayed in an OpenAI-shaped gateway error',
    id: 'bad-request',
    source: 'https://github.com/Calcium-Ion/new-api-horizon/issues/24 (2025-03-07)',
    text: 'HTTP 400 Bad Request from https://api-n-us.playones.com/v1/completions {"error":{"message":"Unable to submit request because at least one contents field is required. Learn more: https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/gemini (request id: 202503071607289884196630OvX1ETP)","type":"","param":"","code":400}}',
    facts: { httpStatus: 400 },
  },
  {
    name: 'Claude Code proxy: "The GenerateContentRequest proto is invalid" with [FIELD_INVALID], wrapped',
    id: 'bad-request',
    source: 'https://github.com/kaitranntt/ccs/issues/25 (2025-11-30)',
    text: `API Error: 400 {"error":{"code":400,"message":"The GenerateContentRequest proto is invalid:\\n  *
    tools[0].function_declarations[53].name: [FIELD_INVALID] Invalid function name. 
    Must start with a letter or an underscore. Must be a-z, A-Z, 0-9, or contain underscores (_), 
    dots (.), colons (:), or dashes (-), with a maximum length of 64.","status":"INVALID_ARGUMENT"}}`,
    facts: { httpStatus: 400 },
  },
  {
    name: 'PHP client: "Gemini Error: [400]" and an invalid function name',
    id: 'bad-request',
    source: 'https://github.com/prism-php/prism/issues/302 (2025-04-08)',
    text: 'Gemini Error: [400] * GenerateContentRequest.tools[0].function_declarations[0].name: Invalid function name. Must start with a letter or an underscore. Must be alphameric (a-z, A-Z, 0-9), underscores (_), dots (.) or dashes (-), with a maximum length of 64.',
    facts: { httpStatus: 400 },
  },
  {
    name: 'Copilot Chat "Request Failed: 400 [{…" cut after the first violation',
    id: 'bad-request',
    source: 'https://github.com/microsoft/vscode-copilot-release/issues/7928 (2025-04-16)',
    text: 'Reason: Request Failed: 400 [{ "error": { "code": 400, "message": "* GenerateContentRequest.tools[0].function_declarations[18].name: Invalid function name. Must start with a letter or an underscore. Must be alphameric (a-z, A-Z, 0-9), underscores (_), dots (.) or dashes (-), with a maximum length of 64.\\n* GenerateContentRequest.tools[0].function_declarations[19].name: Invalid func',
    facts: { httpStatus: 400 },
  },
  {
    name: 'gemini-cli "[API Error: [{…" with legacy badRequest and a wrapped FIELD_INVALID',
    id: 'bad-request',
    source: 'https://github.com/google-gemini/gemini-cli/issues/7878 (2025-09-06)',
    text: `✕ [API Error: [{
    "error": {
      "code": 400,
      "message": "The GenerateContentRequest proto is invalid:\\n  * tools[0].function_declarations[12].name: [FIELD_INVALID] Invalid 
  function name. Must start with a letter or an underscore. Must be a-z, A-Z, 0-9, or contain underscores, dots and dashes, with a 
  maximum length of 64.",
      "errors": [
        {
          "domain": "global",
          "reason": "badRequest"
        }
      ],
      "status": "INVALID_ARGUMENT"
    }
  }
  ]]`,
    facts: { httpStatus: 400 },
  },
  {
    name: 'Zed log: "status code: 400, body:" cut inside the message',
    id: 'bad-request',
    source: 'https://github.com/zed-industries/zed/issues/44875 (2026-02-14)',
    text: `2026-02-14T16:51:06+01:00 ERROR [agent] Error in model response stream: failed to stream completion

Caused by:
    error during streamGenerateContent, status code: 400, body: {
      "error": {
        "code": 400,
        "message": "Invalid JSON payload received. Unknown name \\"type\\" at 'tools[0].function_declarations[3].parameters.properties[3].value': Proto field is not repeating, cannot start list.\\nInvalid JSON payload received. Unknown name \\"type\\" at 'tools[0].funct`,
    facts: { httpStatus: 400 },
  },
  {
    name: 'Droid through a proxy: "Error: 400 Invalid JSON payload received" on indented lines',
    id: 'bad-request',
    source: 'https://github.com/heyhuynhgiabuu/proxypal/issues/43 (2025-12-20)',
    text: `Error: 400 Invalid JSON payload received. Unknown name "safetySettings" at 'request.contents[62]': 
   Cannot find field.
   Invalid JSON payload received. Unknown name "model" at 'request.contents[62]': Cannot find field.`,
    facts: { httpStatus: 400 },
  },
  {
    name: '@google/generative-ai string hard-wrapped mid-URL and mid-phrase',
    id: 'bad-request',
    source: 'https://github.com/virattt/dexter/issues/258 (2026-05-10)',
    text: `⏺ Error: [Google API] [GoogleGenerativeAI Error]: Error fetching from
https://generativelanguage.googleapis.com/v1beta/models/gemini-3-flash-
preview:generateContent: [400 Bad Request] Invalid JSON payload
received. Unknown name "const" at
'tools[0].function_declarations[10].parameters.properties[3].value.one.
..`,
    facts: { httpStatus: 400 },
  },
  {
    name: 'OpenAI client against the OpenAI-compatible endpoint: python repr with BadRequest details',
    id: 'bad-request',
    source: 'https://github.com/SuzumiyaAkizuki/ComfyUI-NewBie-LLM-Formatter/issues/3 (2026-01-10)',
    text: `LLM_Prompt_Formatter failed: Error code: 400 - [{'error': {'code': 400, 'message': 'Invalid JSON payload received. Unknown name "reasoning": Cannot find field.', 'status': 'INVALID_ARGUMENT', 'details': [{'@type': 'type.googleapis.com/google.rpc.BadRequest', 'fieldViolations': [{'description': 'Invalid JSON payload received. Unknown name "reasoning": Cannot find field.'}]}]}}]`,
    facts: { httpStatus: 400, googleStatus: 'INVALID_ARGUMENT' },
  },
  // Live API websocket closes.
  {
    name: 'Live API 1007 "Request contains an invalid argument." after the model name',
    id: 'bad-request',
    source: 'https://github.com/google/adk-python/issues/225 (2025-04-16)',
    text: 'I got this when I use `live` model: "gemini-2.0-flash-live-preview-04-09"\nwebsockets.exceptions.ConnectionClosedError: received 1007 (invalid frame payload data) Request contains an invalid argument.; then sent 1007 (invalid frame payload data) Request contains an invalid argument.',
    facts: { httpStatus: 400, message: 'Request contains an invalid argument.' },
  },
  {
    name: 'Live API 1007 with the location refusal, cut mid-sentence',
    id: 'location-unsupported',
    source: 'https://github.com/google-gemini/cookbook/issues/781 (2025-07-16)',
    text: 'Got received 1007 (invalid frame payload data) User location is not supported for the API us',
  },
  {
    name: 'Live API 1007 in a comment, with the native-audio model',
    id: 'bad-request',
    source: 'https://github.com/googleapis/python-genai/issues/130 (2025-12-29)',
    text: '1007 (invalid frame payload data) Request contains an invalid argument.\nI’m using latest model models/gemini-2.5-flash-native-audio-preview-12-2025 and response_modalities=[“AUDIO”]. (not TEXT!!!)',
    facts: { httpStatus: 400 },
  },
  {
    name: 'Go relay log "socket closed code=1007 reason=…" under the issue title',
    id: 'bad-request',
    source: 'https://github.com/rudyll/stackchan-ai-server/issues/7 (2026-05-07)',
    text: 'gemini依旧1007\n2026-05-07T23:04:23.914Z [WARN] {b404dd0bfd6aad1819edad175e058964} [GM] socket closed code=1007 reason="Request contains an invalid argument."',
    facts: { httpStatus: 400, message: 'Request contains an invalid argument.' },
  },
  {
    name: 'gorilla/websocket "close 1008 (policy violation)" for a model Live does not serve, cut',
    id: 'model-not-found',
    source: 'https://github.com/rudyll/stackchan-ai-server/issues/5 (2026-05-06)',
    text: '[GM] read error: websocket: close 1008 (policy violation): models/gemini-2.5-flash-preview-native-audio-dialog is not found for API version v1alpha, or is not supported for bidiGener',
    facts: { model: 'gemini-2.5-flash-preview-native-audio-dialog' },
  },
  {
    name: 'Live API 1011 "The service is currently unavailable." in a server log',
    id: 'server-error',
    source: 'https://github.com/googleapis/python-genai/issues/760 (2025-05-04)',
    text: 'INFO:server:Error processing 1 Gemini message: received 1011 (internal error) The service is currently unavailable.; then sent 1011 (internal error) The service is currently unavailable.\n\nERROR:server:Error processing 1 Gemini message: 1011',
    facts: { httpStatus: 500 },
  },
  {
    name: 'LiveKit agent: 1011 "Internal error occurred." with a google/genai traceback',
    id: 'server-error',
    source: 'https://github.com/livekit/agents/issues/2274 (2025-05-13)',
    text: `error in receive task: received 1011 (internal error) Internal error occurred.; then sent 1011 (internal error) Internal error occurred.
Traceback (most recent call last):
  File "/usr/local/lib/python3.11/site-packages/google/genai/live.py", line 416, in receive
    while result := await self._receive():
websockets.exceptions.ConnectionClosedError: received 1011 (internal error) Internal error occurred.; t`,
    facts: { httpStatus: 500 },
  },
  {
    name: 'ADK live session: 1011 with a CANCELLED streaming context',
    id: 'server-error',
    source: 'https://github.com/google/adk-python/issues/3692 (2025-11-24)',
    text: 'ERROR:google_adk.google.adk.flows.llm_flows.base_llm_flow:Connection closed: received 1011 (internal error) Thread was cancelled when writing StartStep status to channel.; Failed to close the streaming context; status = CANCELLED: ; then sent 1011 (internal error) Thread was cancelled when writing StartStep status to channel.',
  },
  {
    name: 'Live API 1008 "Requested entity was not found" described in a bug report',
    id: 'model-not-found',
    source: 'https://github.com/google-gemini/deprecated-generative-ai-js/issues/487 (2025-11-11)',
    text: '- WebSocket closes immediately with code 1011 ("Internal error occurred") or code 1008 ("Requested entity was not found")\n- Model: `gemini-2.5-flash-native-audio-preview-09-2025`',
  },
  {
    name: 'voice relay surfacing the 1007 close reason (expired key)',
    id: 'key-expired',
    source: 'https://github.com/yagudaev/voiceclaw/pull/155 (2026-04-18)',
    text: 'Gemini setup failed (1007): API key expired. Please renew the API key.',
  },
  // Connection failures in other stacks' words.
  {
    name: 'Vercel AI SDK AI_RetryError: "Cannot connect to API: Connect Timeout Error"',
    id: 'timeout',
    source: 'https://github.com/firecrawl/open-lovable/issues/66 (2025-08-14)',
    text: `[Error [AI_RetryError]: Failed after 3 attempts. Last error: Cannot connect to API: Connect Timeout Error (attempted addresses: 2404:6800:4012:7::200a:443, 142.250.198.74:443, 2404:6800:4012:8::200a:443, timeout: 10000ms)] {
  cause: undefined,
  reason: 'maxRetriesExceeded',
  lastError: [Error [AI_APICallError]: Cannot connect to API: Connect Timeout Error (attempted addresses: 2404:6800:4012:7::200a:443, 142.250.198.74:443, timeout: 10000ms)] {
    url: 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse',`,
  },
  {
    name: 'urllib3 ConnectTimeoutError with the host turned into Markdown links',
    id: 'timeout',
    source: 'https://github.com/ShmuelRonen/ComfyUI-Gemini_Flash_2.0_Exp/issues/41 (2025-10-31)',
    text: "Error: HTTPSConnectionPool(host='[generativelanguage.googleapis.com](https://generativelanguage.googleapis.com/)', port=443): Max retries exceeded with url: /v1beta/models/gemini-2.0-flash-exp-image-generation:generateContent?%24alt=json%3Benum-encoding%3Dint (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x000001D12A435950>, 'Connection to [generativelanguage.googleapis.com](https://generativelanguage.googleapis.com/) timed out. (connect timeout=600.0)'))",
  },
  {
    name: 'Dart Dio "[connection error]" with a Windows socket timeout, quoted',
    id: 'network-error',
    source: 'https://github.com/Anxcye/anx-reader/issues/341 (2025-05-26)',
    text: `> Request failed: DioException [connection error]: The connection errored: The semaphore timeout period has expired.
> This indicates an error which most likely cannot be solved by the library.
> Error: SocketException: The semaphore timeout period has expired.
> (OS Error: The semaphore timeout period has expired.
> , errno = 121), address = generativelanguage.googleapis.com, port = 8534`,
  },
  {
    name: 'Chinese application log: 请求超时 to the OpenAI-compatible endpoint',
    id: 'timeout',
    source: 'https://github.com/ErlichLiu/DeepClaude/issues/46 (2025-02-24)',
    text: `2025-02-24 23:06:11 - DeepClaude - INFO - 开始处理 OpenAI 兼容流，使用模型: gemini-2.0-pro-exp
2025-02-24 23:06:21 - DeepClaude - ERROR - 请求超时: Connection timeout to host https://generativelanguage.googleapis.com/v1beta/openai/chat/completions`,
  },
  {
    name: 'Chinese report: 连接超时 with no Google marker at all',
    id: 'timeout',
    source: 'https://github.com/ErlichLiu/DeepClaude/issues/58 (2025-02-27)',
    text: '官方的gemini api连接超时\n有代理，但是连接超时，不知道为什么。',
  },
  {
    name: 'SillyTavern: FetchError with an empty reason under an ETIMEDOUT title',
    id: 'timeout',
    source: 'https://github.com/SillyTavern/SillyTavern/issues/3872 (2025-04-18)',
    text: `ETIMEDOUT Error Connecting to Google AI Studio API (Generative Language API) from SillyTavern
Error communicating with Google AI Studio API:  FetchError: request to https://generativelanguage.googleapis.com/v1alpha/models/gemini-2.0-flash-thinking-exp-1219:generateContent?key=[REDACTED_API_KEY] failed, reason:
    at ClientRequest.<anonymous> (file:///C:/SillyTavern/node_modules/node-fetch/src/index.js:108:11)`,
  },
  {
    name: 'gemini-cli sign-in: connect ETIMEDOUT to oauth2.googleapis.com',
    id: 'timeout',
    source: 'https://github.com/google-gemini/gemini-cli/issues/2961 (2025-07-02)',
    text: 'Failed to login. Message: request to https://oauth2.googleapis.com/token failed, reason: connect ETIMEDOUT 64.233.189.95:443',
  },
  {
    name: 'gemini-cli start-up: AggregateError [ETIMEDOUT] from Node',
    id: 'timeout',
    source: 'https://github.com/google-gemini/gemini-cli/issues/1747 (2025-06-26)',
    text: `$ gemini
Error flushing log events: AggregateError [ETIMEDOUT]:
    at internalConnectMultiple (node:net:1139:18)
    at afterConnectMultiple (node:net:1712:7) {
  code: 'ETIMEDOUT',
  [errors]: [
    Error: connect ETIMEDOUT 216.239.38.223:443`,
  },
  // Vertex AI errors pasted by Gemini users.
  {
    name: 'agent-starter-pack: "Failed to connect to Vertex AI: 403 Vertex AI API has not been used"',
    id: 'vertex-api-disabled',
    source: 'https://github.com/GoogleCloudPlatform/agent-starter-pack/issues/304 (2025-08-12)',
    text: `> ✗ Failed to connect to Vertex AI: 403 Vertex AI API has not been used in project ffeldhaus-assistent before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/aiplatform.googleapis.com/overview?project=ffeldhaus-assistent 
then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry. 
> Please check your authentication settings and permissions. Visit https://cloud.google.com/vertex-ai/authentication for help.`,
    facts: { project: 'ffeldhaus-assistent', httpStatus: 403 },
  },
  {
    name: 'gateway JSON "vertex-ai error: Publisher Model … was not found"',
    id: 'model-not-found',
    source: 'https://github.com/pollinations/pollinations/issues/6148 (2025-12-18)',
    text: '{"success":false,"error":{"message":"vertex-ai error: Publisher Model `projects/stellar-verve-465920-b7/locations/us-central1/publishers/google/models/gemini-3-flash-preview` was not found or your project does not have access to it. Please ensure you are using a valid model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions","code":"NOT_FOUND","timestamp":"2025-12-18T12:26:00.016Z"},"status":404}',
    facts: { model: 'gemini-3-flash-preview', project: 'stellar-verve-465920-b7' },
  },
  {
    name: 'the same answer copied from the browser dev tools, one field per line',
    id: 'model-not-found',
    source: 'https://github.com/pollinations/pollinations/issues/6147 (2025-12-18)',
    text: `{success: false, error: {,…}, status: 404}
error
: 
{,…}
code
: 
"NOT_FOUND"
message
: 
"vertex-ai error: Publisher Model \`projects/stellar-verve-465920-b7/locations/us-central1/publishers/google/models/gemini-3-flash-preview\` was not found or your project does not have access to it. Please ensure you are using a valid model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions"`,
    facts: { model: 'gemini-3-flash-preview' },
  },
  {
    name: 'codelab: Vertex 404 for a retired 1.0 model',
    id: 'model-not-found',
    source: 'https://github.com/googlecodelabs/feedback/issues/1881 (2026-04-24)',
    text: 'Which causes error ` {"error":{"code":404,"message":"Publisher Model `projects/empty-proj/locations/us-central1/publishers/google/models/gemini-1.0-pro-001` was not found or your project does not have access to it. Please ensure you are using a valid model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions","status":"NOT_FOUND"}}`',
    facts: { httpStatus: 404, model: 'gemini-1.0-pro-001', project: 'empty-proj' },
  },
  {
    name: 'LiteLLM NotFoundError: Vertex_aiException around a pretty-printed body',
    id: 'model-not-found',
    source: 'https://github.com/BerriAI/litellm/issues/17132 (2025-11-26)',
    text: `litellm.exceptions.NotFoundError: litellm.NotFoundError: Vertex_aiException - {
  "error": {
    "code": 404,
    "message": "Publisher Model \`projects/wise-coyote-478119-h0/locations/us-central1/publishers/google/models/gemini-3-pro-preview\` was not found or your project does not have access to it. Please ensure you are using a valid model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions",
    "status": "NOT_FOUND"
  }
}`,
    facts: { httpStatus: 404, model: 'gemini-3-pro-preview', project: 'wise-coyote-478119-h0' },
  },
  {
    name: 'LiteLLM VertexAIException inside an app sentence (gemini-pro retired)',
    id: 'model-not-found',
    source: 'https://github.com/BerriAI/litellm/issues/8824 (2025-02-26)',
    text: 'Document content is invalid. Reason: Error during validation: litellm.NotFoundError: VertexAIException - { "error": { "code": 404, "message": "models/gemini-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.", "status": "NOT_FOUND" } }',
    facts: { httpStatus: 404, model: 'gemini-pro' },
  },
  {
    name: "LiteLLM log: grpc debug_error_string with Permission 'aiplatform.endpoints.predict' denied",
    id: 'permission-denied',
    source: 'https://github.com/BerriAI/litellm/issues/8597 (2025-02-17)',
    text: String.raw`debug_error_string = "UNKNOWN:Error received from peer ipv4:142.250.191.138:443 {created_time:"2025-02-17T19:04:22.270203099+00:00", grpc_status:7, grpc_message:"Permission \'aiplatform.endpoints.predict\' denied on resource \'//aiplatform.googleapis.com/projects/*********/locations/us-central1/endpoints/1984786713414729728\' (or it may not exist)."}"`,
    facts: { googleStatus: 'PERMISSION_DENIED' },
  },
  // Firebase AI Logic sentences.
  {
    name: 'firebase_ai (Flutter): Gemini Developer API key not configured, project from the console link',
    id: 'firebase-ai-not-enabled',
    source: 'https://github.com/flutter/genui/issues/295 (2025-09-11)',
    text: 'E/flutter (12920): [ERROR:flutter/runtime/dart_vm_initializer.cc(40)] Unhandled Exception: Firebase AI Logic is missing a configured Gemini Developer API key. Set one up by visiting https://console.firebase.google.com/project/dreamstale-stage/ailogic/settings. See https://firebase.google.com/docs/ai-logic/faq-and-troubleshooting?api=dev#error-genai-config-not-found for more details. If you very recently went through the Firebase AI Logic setup workflow, wait a few minutes for the action to propagate to our systems and retry.',
    facts: { project: 'dreamstale-stage' },
  },
  {
    name: 'Firebase JS: firebasevertexai blocked by the Firebase key’s API restrictions',
    id: 'key-api-restricted',
    source: 'https://github.com/angular/angularfire/issues/3686 (2025-12-12)',
    text: 'https://firebasevertexai.googleapis.com/v1beta/projects/board-games-315b9/models/gemini-3-pro-preview:streamGenerateContent?alt=sse: [403 ] Requests to this API firebasevertexai.googleapis.com method google.firebase.vertexai.v1beta.GenerativeService.StreamGenerateContent are blocked.',
    facts: { project: 'board-games-315b9', service: 'firebasevertexai.googleapis.com' },
  },
  {
    name: 'firebase_ai (Flutter): the same refusal as a bare sentence',
    id: 'key-api-restricted',
    source: 'https://github.com/firebase/flutterfire/issues/17501 (2025-07-08)',
    text: 'Requests to this API firebasevertexai.googleapis.com method google.firebase.vertexai.v1beta.GenerativeService.GenerateContent are blocked.',
    facts: { service: 'firebasevertexai.googleapis.com' },
  },
  // Account-level Terms of Service refusals (Code Assist / Gemini CLI).
  {
    name: 'opencode: Gemini disabled in this account, bare message',
    id: 'account-tos-disabled',
    source: 'https://github.com/anomalyco/opencode/issues/11239 (2026-01-30)',
    text: 'Gemini has been disabled in this account for violation of Terms of Service. If you believe this is an error, please contact Google Cloud Support, or email gemini-code-assist-user-feedback@google.com. What is the reason for this?',
    facts: { httpStatus: 403 },
  },
  {
    name: 'gemini-cli sign-in: "Failed to sign in. Message: This service has been disabled…"',
    id: 'account-tos-disabled',
    source: 'https://github.com/google-gemini/gemini-cli/issues/25795 (2026-04-22)',
    text: '"Failed to sign in. Message: This service has been disabled in this account for violation of Terms of Service. Please submit an appeal to continue using this product."',
  },
  {
    name: 'proxy tool login: "Failed to login. Message: Gemini has been disabled…"',
    id: 'account-tos-disabled',
    source: 'https://github.com/kaitranntt/ccs/issues/509 (2026-02-11)',
    text: 'Failed to login. Message: Gemini has been disabled in this account for violation of Terms of Service.',
  },
  {
    name: 'Anthropic-shaped gateway error around Google’s 403, with "\\n\\t\\t" inside the sentence',
    id: 'account-tos-disabled',
    source: 'https://github.com/lbjlaq/Antigravity-Manager/issues/1653 (2026-02-07)',
    text: raw`{
  "error": {
    "id": "err_retry_exhausted",
    "message": "All 3 attempts failed. Last status: 403 Forbidden. Error: HTTP 403: {\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Gemini has been disabled in this account for violation of Terms of\\n\\t\\tService. If you believe this is an error, please contact Google Cloud Support, or email\\n\\t\\tgemini-code-assist-user-feedback@google.com.\",\n    \"status\": \"PERMISSION_DENIED\"\n  }\n}\n",
    "type": "permission_error"
  },
  "type": "error"
}`,
    facts: { httpStatus: 403, googleStatus: 'PERMISSION_DENIED' },
  },
  {
    name: 'gemini-cli "[API Error: [{…" cut, legacy "forbidden", escaped tabs and a real line break',
    id: 'account-tos-disabled',
    source: 'https://github.com/google-gemini/gemini-cli/issues/19501 (2026-02-19)',
    text: `✕ [API Error: [{
    "error": {
      "code": 403,
      "message": "This service has been disabled in this account for violation of Terms of\\n\\t\\tService. If you believe this is an error, contact
  [gemini-code-assist-user-feedback@google.com](mailto:gemini-code-assist-user-feedback@google.com).",
      "errors": [
        {
          "domain": "global",
          "reason": "forbidden"
        }
      ],
      "status": "PERMISSION_DENIED"
    }
  }`,
    facts: { httpStatus: 403 },
  },
  {
    name: 'opencode plugin: the sentence with a Markdown mail link',
    id: 'account-tos-disabled',
    source: 'https://github.com/jenslys/opencode-gemini-auth/issues/50 (2026-02-12)',
    text: 'Gemini has been disabled in this account for violation of Terms of Service. If you believe this is an error, please contact Google Cloud Support, or email [gemini-code-assist-user-feedback@google.com](mailto:gemini-code-assist-user-feedback@google.com).',
  },
];

/** Texts with nothing recognisably from a Google API in them. */
export const NOT_GOOGLE_TEXTS = [
  '',
  '   \n ',
  'hello world',
  'Error 500',
  'Permission denied (publickey).',
  "TypeError: Cannot read properties of undefined (reading 'map')\n    at App (App.tsx:12:5)\n    at renderWithHooks (react-dom.development.js:14985:18)",
  '{"error":{"message":"Incorrect API key provided: sk-abc123. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}',
  '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
  '<html><body>Hi</body></html>',
  '{}',
  '[1, 2, 3]',
  'Traceback (most recent call last):\n  File "main.py", line 3, in <module>\n    import numpy\nModuleNotFoundError: No module named \'numpy\'',
  // OpenRouter's daily free-model limit, https://github.com/Gitlawb/openclaude/issues/936 (2026-04-28).
  `429 {
  "error": {
    "message": "Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day",
    "code": 429,
    "metadata": {
      "headers": {
        "X-RateLimit-Limit": "50",
        "X-RateLimit-Remaining": "0"`,
  // The OpenAI line of a proxy log, https://github.com/router-for-me/CLIProxyAPI/issues/2016 (2026-03-10).
  'codex:{ "error": { "message": "No tool call found for function call output with call_id call_nOWDnpBmdz4KqHWu8nM0q90k.", "type": "invalid_request_error", "param": "input", "code": null } }',
  // An OpenAI app that could not connect (no Gemini in it), https://github.com/nickscamara/open-deep-research/issues/53 (2025-02-25).
  'AI_RetryError: Failed after 3 attempts. Last error: Cannot connect to API: Connect Timeout Error (attempted addresses: 2a03:2880:f134:83:face:b00c:0:25de:443, 157.240.1.9:443)',
  // A gateway's own refusal that names Gemini, https://github.com/maximhq/bifrost/pull/4988 (2026-07-17).
  'recv {"type": "error", "error": {"message": "provider does not support realtime: gemini", "type": "invalid_request_error"}}',
  // A key-pool proxy's own 500, https://github.com/snailyp/gemini-balance/issues/348 (2025-08-28).
  'HTTP请求失败: 500, 响应: {"error":{"code":"http_error","message":"Internal server error during gemini_generate_content"}}',
  // The Gen AI SDK's own argument check, raised before any request, https://github.com/google-gemini/computer-use-preview/issues/59 (2025-10-08).
  '  File "/Users/redacted/Library/Caches/pypoetry/virtualenvs/computer-use-preview-8NSyF-7P-py3.13/lib/python3.13/site-packages/google/genai/_api_client.py", line 559, in __init__\n    raise ValueError(\nValueError: Project/location and API key are mutually exclusive in the client initializer.',
  // An OpenAI SDK message from a Gemini proxy, no body, https://github.com/GeorgeXie2333/LLM-Stream-Optimizer/issues/1 (2025-03-20).
  '{\n  "message": "400 status code (no body)",\n  "status": 400\n}',
  // OpenRouter's own 429 for a Gemini model (another provider named), https://github.com/musistudio/claude-code-router/issues/552 (2025-08-13) shape.
  'OpenRouter error for google/gemini-2.5-pro: HTTP 429 Too Many Requests',
];
