import { Alert, Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconCamera, IconCameraOff } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.ts';

/** A code read again within this long is the same invitation still in front of the camera. */
const SAME_CODE_MS = 4000;
/** How often a frame is decoded: often enough to feel instant, rarely enough for an old phone. */
const SCAN_EVERY_MS = 150;
/** Frames are decoded at this width at most; a QR code on A4 reads fine at it. */
const MAX_WIDTH = 640;

type Status = 'idle' | 'starting' | 'scanning' | 'unsupported' | 'denied' | 'failed';

/**
 * Reads the invitation's QR code with the phone's (or laptop's) camera in the browser: the video
 * from getUserMedia is drawn to a canvas and decoded with jsQR. Each code read is handed on once;
 * the same code is ignored while it stays in view.
 */
export function QrScanner({ onCode, paused }: { onCode: (code: string) => void; paused: boolean }) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const last = useRef<{ code: string; at: number } | null>(null);
  const handler = useRef(onCode);
  handler.current = onCode;
  const pausedRef = useRef(paused);
  pausedRef.current = paused;
  const [status, setStatus] = useState<Status>('idle');

  const stop = () => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    if (video.current) video.current.srcObject = null;
    setStatus('idle');
  };

  const start = async () => {
    if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
      setStatus('unsupported');
      return;
    }
    setStatus('starting');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' } },
        audio: false,
      });
      if (video.current) {
        video.current.srcObject = stream.current;
        await video.current.play();
      }
      setStatus('scanning');
    } catch (error) {
      stop();
      setStatus(error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'failed');
    }
  };

  useEffect(() => {
    if (status !== 'scanning') return;
    let cancelled = false;
    let timer: number | undefined;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    void import('jsqr').then(({ default: jsQR }) => {
      const tick = () => {
        if (cancelled) return;
        const v = video.current;
        if (context && v && v.readyState >= v.HAVE_ENOUGH_DATA && !pausedRef.current) {
          const scale = Math.min(1, MAX_WIDTH / v.videoWidth);
          canvas.width = Math.round(v.videoWidth * scale);
          canvas.height = Math.round(v.videoHeight * scale);
          context.drawImage(v, 0, 0, canvas.width, canvas.height);
          const image = context.getImageData(0, 0, canvas.width, canvas.height);
          const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
          const code = found?.data.trim();
          const now = Date.now();
          if (code && !(last.current?.code === code && now - last.current.at < SAME_CODE_MS)) {
            last.current = { code, at: now };
            navigator.vibrate?.(80);
            handler.current(code);
          } else if (code && last.current?.code === code) {
            last.current.at = now;
          }
        }
        timer = window.setTimeout(tick, SCAN_EVERY_MS);
      };
      tick();
    });
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [status]);

  // The camera is let go when the page closes.
  useEffect(
    () => () => {
      for (const track of stream.current?.getTracks() ?? []) track.stop();
    },
    [],
  );

  const on = status === 'scanning' || status === 'starting';
  return (
    <Stack gap="xs" data-testid="qr-scanner">
      <Box
        pos="relative"
        bg="dark.8"
        style={{ borderRadius: 8, overflow: 'hidden', aspectRatio: '4 / 3', display: on ? 'block' : 'none' }}
      >
        <video
          ref={video}
          muted
          playsInline
          style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }}
          aria-label={t('checkin.cameraView')}
        />
        <Box
          pos="absolute"
          top="15%"
          left="25%"
          w="50%"
          h="70%"
          style={{ border: '3px solid rgba(255,255,255,0.85)', borderRadius: 12, pointerEvents: 'none' }}
        />
      </Box>
      <Group gap="xs">
        {on ? (
          <Button variant="default" leftSection={<IconCameraOff size={16} />} onClick={stop}>
            {t('checkin.cameraStop')}
          </Button>
        ) : (
          <Button leftSection={<IconCamera size={16} />} onClick={() => void start()}>
            {t('checkin.cameraStart')}
          </Button>
        )}
        {status === 'scanning' && (
          <Text size="sm" c="dimmed">
            {t('checkin.cameraHint')}
          </Text>
        )}
      </Group>
      {status === 'unsupported' && (
        <Alert color="yellow" p="xs">
          {t('checkin.cameraUnsupported')}
        </Alert>
      )}
      {status === 'denied' && (
        <Alert color="yellow" p="xs">
          {t('checkin.cameraDenied')}
        </Alert>
      )}
      {status === 'failed' && (
        <Alert color="yellow" p="xs">
          {t('checkin.cameraFailed')}
        </Alert>
      )}
    </Stack>
  );
}
