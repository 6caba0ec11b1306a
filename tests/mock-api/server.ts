/**
 * A local HTTPS stand-in for generativelanguage.googleapis.com. Chromium reaches it through
 * `--host-resolver-rules=MAP generativelanguage.googleapis.com 127.0.0.1:PORT` and
 * `--ignore-certificate-errors`; the certificate is a throwaway made with openssl per run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { Duplex } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusAnswer, scenarioForKey, type MockAnswer } from './scenarios';

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as received: tests assert the key never appears here. */
  url: string;
  apiKeyHeader?: string;
  authorization?: string;
  cookie?: string;
  body: string;
}

export interface MockGemini {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'key-doctor-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-subj', '/CN=generativelanguage.googleapis.com',
      '-addext', 'subjectAltName=DNS:generativelanguage.googleapis.com',
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const MISSING_KEY = corpusAnswer('unregistered-callers-missing-key');
const UNKNOWN_KEY = corpusAnswer('api-key-invalid');

function answerFor(method: string, path: string, key: string | undefined): MockAnswer {
  const scenario = scenarioForKey(key);
  if (!key) return MISSING_KEY;
  if (!scenario) return UNKNOWN_KEY;
  if (method === 'GET' && /^\/v1beta\/models(\?|$)/.test(path)) return scenario.listModels;
  if (method === 'POST' && /^\/v1beta\/models\/[^/:]+:generateContent/.test(path)) return scenario.generate;
  return { kind: 'json', status: 404, body: { error: { code: 404, message: `Mock: no route for ${method} ${path.split('?')[0]}`, status: 'NOT_FOUND' } } };
}

export async function startMockGemini(port = 0): Promise<MockGemini> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Duplex>();
  const server: Server = createServer(makeCertificate(), (request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const header = (name: string) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value.join(',') : value;
      };
      const apiKeyHeader = header('x-goog-api-key');
      requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        apiKeyHeader,
        authorization: header('authorization'),
        cookie: header('cookie'),
        body,
      });
      // CORS preflight would only happen for page-context fetches; answer it honestly anyway.
      if (request.method === 'OPTIONS') {
        response.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' }).end();
        return;
      }
      const respond = (answer: MockAnswer): void => {
        switch (answer.kind) {
          case 'hang':
            return; // keep the socket open; close() destroys it
          case 'reset':
            request.socket.destroy();
            return;
          case 'delayed': {
            // On the response, not the kept-alive socket: one listener per request, gone with it.
            const timer = setTimeout(() => respond(answer.answer), answer.ms);
            response.once('close', () => clearTimeout(timer));
            return;
          }
          case 'redirect':
            response.writeHead(answer.status, { location: answer.location, 'content-type': 'text/html' }).end('<a href="/">Sign in</a>');
            return;
          case 'text':
            response.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.text);
            return;
          case 'json': {
            // CONSUMER_SUSPENDED echoes the caller's key; do the same so redaction is tested for real.
            let text = JSON.stringify(answer.body).replaceAll('AIzaSyREDACTEDREDACTEDREDACTEDREDACTED0', apiKeyHeader ?? '');
            const requestedModel = /^\/v1beta\/models\/([^/:]+):/.exec(request.url ?? '')?.[1];
            // Whole names only: gemini-3-pro must not turn gemini-3-pro-preview into <model>-preview.
            if (answer.modelNamed && requestedModel) text = text.replace(new RegExp(`${answer.modelNamed.replaceAll('.', '\\.')}(?![\\w.-])`, 'g'), requestedModel);
            response.writeHead(answer.status, { 'content-type': 'application/json; charset=UTF-8', vary: 'Origin, X-Origin, Referer' }).end(text);
          }
        }
      };
      respond(answerFor(request.method ?? '', request.url ?? '', apiKeyHeader));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('mock server has no port');
  return {
    port: address.port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
