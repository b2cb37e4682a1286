import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/**
 * What reaches the logs never holds a secret: an RSVP link's token (the only key a delegate has),
 * a session id, a password, an authorisation header. Request lines carry the path with its token
 * replaced; structured fields with such names are censored wherever they appear.
 */
const SECRET_PATH = /(\/rsvp\/)[^/?#]+/g;
const SECRET_QUERY = /([?&](?:token|code|password|session)=)[^&#]*/gi;

export function redactUrl(url: string): string {
  return url.replace(SECRET_PATH, '$1[redacted]').replace(SECRET_QUERY, '$1[redacted]');
}

export function loggerOptions(
  level: string,
  stream?: { write(line: string): void },
): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        '*.token',
        '*.sessionId',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req(request: FastifyRequest) {
        return {
          method: request.method,
          url: redactUrl(request.url),
          host: request.host,
          remoteAddress: request.ip,
        };
      },
    },
  };
}
