/** The browser's BarcodeDetector (Chromium on Android and macOS, Safari 17+); not in TypeScript's DOM types yet. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** Reads one video frame; null when the frame holds no readable QR code. */
type FrameReader = (video: HTMLVideoElement) => Promise<string | null>;

function detectorClass(): BarcodeDetectorConstructor | null {
  const value = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  return typeof value === 'function' ? value : null;
}

/** Camera scanning needs only a camera API: where the browser cannot detect QR codes itself, jsQR (loaded on demand) does. */
export function qrScanningAvailable(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

async function frameReader(): Promise<FrameReader> {
  const Detector = detectorClass();
  if (Detector) {
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue || null;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas');
  return async (video) => {
    const { videoWidth: width, videoHeight: height } = video;
    if (!width || !height) return null;
    canvas.width = width;
    canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    const image = context.getImageData(0, 0, width, height);
    return jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' })?.data || null;
  };
}

/** Reads QR codes from the back camera into a video element until one is found or stop() is called. */
export class QrScanner {
  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly found: (value: string) => void,
  ) {}

  async start(): Promise<void> {
    const read = await frameReader();
    this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    this.video.srcObject = this.stream;
    await this.video.play();
    const tick = async () => {
      if (this.stopped) return;
      try {
        const value = await read(this.video);
        if (value) {
          this.found(value);
          return;
        }
      } catch {
        // a frame that cannot be read yet; try the next one
      }
      this.timer = setTimeout(tick, 250);
    };
    void tick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
  }
}
