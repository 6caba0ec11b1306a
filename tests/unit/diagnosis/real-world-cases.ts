/**
 * Real-world shapes that are not in the corpus, written from Google's documented wordings and
 * public reports (noted per case). Used by real-world.test.ts and by the reachability check.
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
}

const errorInfo = (reason: string, metadata: Record<string, string> = {}) => ({
  '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
  reason,
  domain: 'googleapis.com',
  metadata: { service: 'generativelanguage.googleapis.com', ...metadata },
});

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
    name: 'SERVICE_DISABLED for aiplatform: the SDK went to Vertex AI',
    id: 'wrong-endpoint',
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
];
